import { readConfig } from './config';
import { openDatabase } from './db/database';
import { datasetFromFixtures, seedIfEmpty } from './seed';

/** `npm run server:seed`: migrations, then the dataset into an empty database (a database with data is left alone). */
const config = readConfig();
const database = await openDatabase(config.database);
try {
  // Under the start-up lock, as a server starting at the same moment takes it: one migrates and seeds, then the other.
  const result = await database.exclusively(async () => {
    await database.migrate();
    return seedIfEmpty(database.db, await datasetFromFixtures());
  });
  console.log(
    result.seeded
      ? `Seeded ${database.describe}: ${result.measures} measures, ${result.entries} history entries.`
      : `${database.describe} has data already: left as it is.`,
  );
} finally {
  await database.close();
}
