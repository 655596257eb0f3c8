import { http } from 'msw';
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
  type Municipality,
} from '@/domain/municipality';
import { measuresOn } from '../measures-on';
import { API, endpoint, parseQuery, pastDateOrToday, problem, ProblemError, respond } from './http';

/** The 357 municipalities load when first asked for, not with the rest of the mock. */
let loaded: Promise<{ municipalities: Municipality[]; source: { title: string; url: string; validFrom: string } }> | null = null;

function register() {
  loaded ??= import('../fixtures/municipalities').then(({ municipalities, MUNICIPALITY_SOURCE }) => ({
    municipalities: municipalities(),
    source: { ...MUNICIPALITY_SOURCE },
  }));
  return loaded;
}

/** The municipality with a number from the path: 400 when it is not four digits, 404 when there is none. */
async function findMunicipality(rawNumber: string | readonly string[] | undefined) {
  const number = municipalityNumberSchema.safeParse(rawNumber);
  if (!number.success) {
    throw new ProblemError(problem(400, 'Invalid municipality number', 'A municipality number (kommunenummer) is four digits.', [
      { field: 'nr', code: 'invalid_format', message: 'Expected four digits' },
    ]));
  }
  const { municipalities, source } = await register();
  const municipality = municipalities.find((candidate) => candidate.number === number.data);
  if (municipality === undefined) throw new ProblemError(problem(404, 'Not Found', `No municipality has the number "${number.data}".`));
  return { municipality, source };
}

function dutyItem(duty: MunicipalDuty, byId: ReadonlyMap<string, Measure>) {
  return {
    obligation: duty.obligation,
    uncertain: duty.uncertain,
    measures: duty.measures.map((measure) => ({ ...measure, sources: byId.get(measure.id)?.sources ?? [] })),
  };
}

export const municipalityHandlers = [
  http.get(
    `${API}/municipalities`,
    endpoint(async ({ request }) => {
      const query = parseQuery(request, municipalityListQuerySchema);
      const { municipalities, source } = await register();
      const items = searchMunicipalities(municipalities, query.q ?? '');
      return respond(municipalityListSchema, { items, total: items.length, source });
    }),
  ),
  http.get(
    `${API}/municipalities/:nr`,
    endpoint(async ({ request, params }) => {
      parseQuery(request, noQuerySchema);
      return respond(municipalityDetailSchema, await findMunicipality(params.nr));
    }),
  ),
  http.get(
    `${API}/municipalities/:nr/duties`,
    endpoint(async ({ request, params }) => {
      const { municipality, source } = await findMunicipality(params.nr);
      const query = parseQuery(request, municipalityDutiesQuerySchema);
      const asOf = pastDateOrToday(query.asOf);
      // The duties as the measures stood on that date (today included): those that did not exist yet are left out.
      const measures = measuresOn(asOf);
      const byId = new Map(measures.map((measure) => [measure.id, measure]));
      const duties = municipalDuties(measures, asOf);
      return respond(municipalityDutiesSchema, {
        municipality,
        source,
        asOf,
        appliesToAllMunicipalities: true,
        inForce: duties.inForce.map((duty) => dutyItem(duty, byId)),
        coming: duties.coming.map((duty) => dutyItem(duty, byId)),
      });
    }),
  ),
];
