import { noQuerySchema } from '@/domain/api-contract';
import type { Measure } from '@/domain/measure';
import { municipalDuties, type MunicipalDuty } from '@/domain/municipal-duties';
import {
  municipalityDetailSchema,
  municipalityDutiesQuerySchema,
  municipalityDutiesSchema,
  municipalityListQuerySchema,
  municipalityListSchema,
  municipalityNumberSchema,
  searchMunicipalities,
} from '@/domain/municipality';
import { parseQuery, pastDateOrToday, problem, ProblemError, respond } from './http';
import { endpoint, type EndpointInput } from './router';

/** The municipality with a number from the path: 400 when it is not four digits, 404 when there is none. */
async function findMunicipality({ params, ctx }: EndpointInput) {
  const number = municipalityNumberSchema.safeParse(params.nr);
  if (!number.success) {
    throw new ProblemError(problem(400, 'Invalid municipality number', 'A municipality number (kommunenummer) is four digits.', [
      { field: 'nr', code: 'invalid_format', message: 'Expected four digits' },
    ]));
  }
  const { municipalities, source } = await ctx.store.municipalityRegister();
  const municipality = municipalities.find((candidate) => candidate.number === number.data);
  if (municipality === undefined) throw new ProblemError(problem(404, 'Not Found', `No municipality has the number "${number.data}".`));
  return { municipality, source: { ...source } };
}

function dutyItem(duty: MunicipalDuty, byId: ReadonlyMap<string, Measure>) {
  return {
    obligation: duty.obligation,
    uncertain: duty.uncertain,
    measures: duty.measures.map((measure) => ({ ...measure, sources: byId.get(measure.id)?.sources ?? [] })),
  };
}

export const municipalityEndpoints = [
  endpoint('GET', '/municipalities', async ({ request, ctx }) => {
    const query = parseQuery(request, municipalityListQuerySchema);
    const { municipalities, source } = await ctx.store.municipalityRegister();
    const items = searchMunicipalities([...municipalities], query.q ?? '');
    return respond(ctx.checkResponses, municipalityListSchema, { items, total: items.length, source: { ...source } });
  }),
  endpoint('GET', '/municipalities/:nr', async (input) => {
    parseQuery(input.request, noQuerySchema);
    return respond(input.ctx.checkResponses, municipalityDetailSchema, await findMunicipality(input));
  }),
  endpoint('GET', '/municipalities/:nr/duties', async (input) => {
    const { municipality, source } = await findMunicipality(input);
    const query = parseQuery(input.request, municipalityDutiesQuerySchema);
    const asOf = pastDateOrToday(query.asOf);
    // The duties as the measures stood on that date (today included): those that did not exist yet are left out.
    const measures = input.replay.measuresOn(await input.snapshot(), asOf);
    const byId = new Map(measures.map((measure) => [measure.id, measure]));
    const duties = municipalDuties(measures, asOf);
    return respond(input.ctx.checkResponses, municipalityDutiesSchema, {
      municipality,
      source,
      asOf,
      appliesToAllMunicipalities: true,
      inForce: duties.inForce.map((duty) => dutyItem(duty, byId)),
      coming: duties.coming.map((duty) => dutyItem(duty, byId)),
    });
  }),
];
