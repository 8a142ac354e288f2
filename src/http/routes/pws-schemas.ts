/** JSON schemas of the PWS API: one per answer, so the JSON and the page read the same fields. */
const int = { type: 'integer' } as const;
const str = { type: 'string' } as const;
const pct = { type: ['number', 'null'] } as const;

export const errorSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } } as const;

const figures = {
  S: int,
  K: int,
  D: int,
  N: int,
  T: int,
  O: int,
  B: int,
  D_S: pct,
  N_D: pct,
  measured: { type: 'object', properties: { waz: int, haz: int, whz: int } },
  stunting: int,
  wasting: int,
  underweight: int,
  bgm: int,
  rates: { type: 'object', properties: { stunting: pct, wasting: pct, underweight: pct, bgm: pct } },
  alerts: { type: 'object', properties: { new: int, open: int } },
  pusling: { type: 'object', properties: { requests: int, visits: int } },
} as const;

/** The ILP figures beside the SKDN (`src/domain/pws/ilp-figures.ts`). */
const ilpFigures = {
  screening: { type: 'object', properties: { screened: int, hypertension: int, highSugar: int, obesity: int, referred: int, followUpsOpen: int } },
  immunisation: {
    type: 'object',
    properties: { children: int, fullForAge: int, withLateDoses: int, lateDoses: int, vitaminA: { type: 'object', properties: { round: str, eligible: int, given: int } } },
  },
} as const;

const ilpSchema = {
  type: 'object',
  properties: {
    posyandu: { type: 'array', items: { type: 'object', properties: { posyanduId: str, name: str, ...ilpFigures } } },
    rw: { type: 'array', items: { type: 'object', properties: { kelurahanId: str, kelurahanName: str, rw: str, ...ilpFigures } } },
    total: { type: 'object', properties: ilpFigures },
  },
} as const;

export const pwsQuerySchema = { type: 'object', additionalProperties: false, properties: { month: { type: 'string', maxLength: 20 }, lang: { type: 'string', enum: ['id', 'en', 'su'] } } } as const;

export const pwsViewSchema = {
  type: 'object',
  properties: {
    month: str,
    role: str,
    names: { type: 'boolean' },
    targets: { type: 'object', properties: { D_S: { type: 'number' }, N_D: { type: 'number' } } },
    posyandu: { type: 'array', items: { type: 'object', properties: { posyanduId: str, name: str, kelurahanId: str, ...figures } } },
    rw: { type: 'array', items: { type: 'object', properties: { kelurahanId: str, kelurahanName: str, rw: str, ...figures } } },
    total: { type: 'object', properties: figures },
    ilp: ilpSchema,
  },
} as const;

export const sweepSchema = {
  type: 'object',
  properties: {
    month: str,
    items: { type: 'array', items: { type: 'object', properties: { childId: str, name: str, posyanduId: str, posyanduName: str, rw: { type: ['string', 'null'] }, lastWeighedOn: { type: ['string', 'null'] } } } },
  },
} as const;
