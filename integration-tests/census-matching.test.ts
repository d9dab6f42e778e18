import { randomUUID } from 'node:crypto';
import type { Viewer } from '@maillage/subgraph-kit';
import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';

/**
 * The facilitator's census and the matching with structures, through the real gateway over the seeded hub
 * (issue 18, items 1 and 2): a seeded planned purchase shows its hours and recommendation and becomes a
 * contract; a building contract in Rhône lists ranked structures with reasons; bad input comes back typed,
 * in French, on its field or its line.
 */
let stack: TestStack;
const RHONE = '0b6f7c1e-0000-4000-8000-000000000005';
const TOITURE_TARARE = '5c0e1d2a-0000-4000-8004-000000000002';
const GYMNASE_GIVORS = '5c0e1d2a-0000-4000-8004-000000000001';
const JULES_FERRY = '5c0e1d2a-0000-4000-8000-000000000001';
const BATIR_RHONE = '39812340600017';
const facilitator = viewers.facilitator(['69']);

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

/** An operation through the gateway as `viewer`; its body (`data`, `errors`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const gql = async (query: string, variables: Record<string, unknown>, options: { viewer: Viewer }): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }> =>
  (await stack.query(query, variables, options)).body;
const files = (path: string) => stack.gatewayUrl.replace(/\/graphql$/, '') + `/files/contracts/recensement/${path}`;
const bearer = async (viewer = facilitator) => ({ authorization: `Bearer ${await stack.issuer.mint(viewer)}` });

const PURCHASE = `id object cpvCode recommendation reason status worksCommuneCode
  assessment { procurementKind hours { hours } euThreshold { above socialConditionRequired threshold { amount } } }
  contract { id reference cpvCode procurementKind consultationLaunchDate lots { number amount clause { legalBasis hoursTarget } } plannedPurchase { id } }`;

const record = (input: Record<string, unknown>, viewer = facilitator) =>
  gql(`mutation ($input: PlannedPurchaseInput!) { recordPlannedPurchase(input: $input) { ${PURCHASE} } }`, { input }, { viewer });

const valid = (patch: Record<string, unknown> = {}) => ({
  buyerId: RHONE, object: 'Réfection de la cour du collège de Givors', cpvCode: '45233140-2', estimatedAmount: '350000', expectedLaunchDate: '2026-12-01',
  recommendation: 'EXECUTION_CLAUSE', ...patch,
});

describe('the census of planned purchases', () => {
  test('a seeded planned purchase shows its hours, its threshold and its recommendation, then becomes a contract in one step, once', async () => {
    const read = await gql(`query ($id: ID!) { plannedPurchase(id: $id) { ${PURCHASE} } }`, { id: TOITURE_TARARE }, { viewer: facilitator });
    expect(read.errors).toBeUndefined();
    expect(read.data!.plannedPurchase).toMatchObject({
      recommendation: 'EXECUTION_CLAUSE', status: 'PLANNED', worksCommuneCode: '69243', contract: null,
      // 1 200 000 € × 45 % × 5 % ÷ 30 €/h = 900 h; works below the 2026-2027 threshold of 5 404 000 €.
      assessment: { procurementKind: 'WORKS', hours: { hours: '900.00' }, euThreshold: { above: false, socialConditionRequired: false, threshold: { amount: '5404000.00' } } },
    });

    const convert = () => gql('mutation ($id: ID!) { convertPlannedPurchase(id: $id, input: { reference: "2026-DEP-240" }) { id } }', { id: TOITURE_TARARE }, { viewer: facilitator });
    const first = await convert();
    expect(first.errors).toBeUndefined();
    expect((await convert()).data!.convertPlannedPurchase.id).toBe(first.data!.convertPlannedPurchase.id);

    const after = await gql(`query ($id: ID!) { plannedPurchase(id: $id) { ${PURCHASE} } }`, { id: TOITURE_TARARE }, { viewer: facilitator });
    expect(after.data!.plannedPurchase).toMatchObject({
      status: 'CONVERTED',
      contract: {
        id: first.data!.convertPlannedPurchase.id, reference: '2026-DEP-240', cpvCode: '45261000-4', procurementKind: 'WORKS', consultationLaunchDate: '2026-11-02',
        lots: [{ number: 1, amount: '1200000.00', clause: { legalBasis: 'EXECUTION_CONDITION', hoursTarget: '900.00' } }], plannedPurchase: { id: TOITURE_TARARE },
      },
    });
  });

  test('the seeded building purchase of Givors is above the European threshold: its contract must carry a social condition; it becomes a contract lot by lot', async () => {
    const { data } = await gql(`query ($id: ID!) { plannedPurchase(id: $id) { ${PURCHASE} } }`, { id: GYMNASE_GIVORS }, { viewer: facilitator });
    // 5 800 000 € ≥ 5 404 000 € (works, 2026-2027), consultation launched after 22 August 2026.
    expect(data!.plannedPurchase).toMatchObject({ status: 'PLANNED', assessment: { euThreshold: { above: true, socialConditionRequired: true } } });
    const converted = await gql('mutation ($id: ID!) { convertPlannedPurchase(id: $id, input: { reference: "2026-DEP-230" }) { lots { number amount clause { hoursTarget } } euThreshold { socialConditionRequired } } }', { id: GYMNASE_GIVORS }, { viewer: facilitator });
    // Each lot's clause: the lot's amount × 45 % × 5 % ÷ 30 €/h.
    expect(converted.data!.convertPlannedPurchase).toEqual({
      lots: [
        { number: 1, amount: '3400000.00', clause: { hoursTarget: '2550.00' } },
        { number: 2, amount: '1300000.00', clause: { hoursTarget: '975.00' } },
        { number: 3, amount: '1100000.00', clause: { hoursTarget: '825.00' } },
      ],
      euThreshold: { socialConditionRequired: true },
    });
  });

  test('recording is idempotent on retry, and the buyer reads its own census but not another buyer’s', async () => {
    const id = randomUUID();
    const first = await record(valid({ id }));
    expect(first.errors).toBeUndefined();
    expect((await record(valid({ id }))).data!.recordPlannedPurchase.id).toBe(id);
    const list = 'query ($buyerId: ID!) { plannedPurchases(filter: { buyerId: $buyerId }, first: 100) { totalCount nodes { id } } }';
    const own = await gql(list, { buyerId: RHONE }, { viewer: viewers.buyer('22690001700014') });
    expect(own.data!.plannedPurchases.nodes.map((node: { id: string }) => node.id)).toContain(id);
    const other = await gql(list, { buyerId: RHONE }, { viewer: viewers.buyer('21692660000018') });
    expect(other.data!.plannedPurchases.totalCount).toBe(0);
  });

  test('a facilitator of another territory may not record a purchase for a buyer of the Rhône', async () => {
    const refused = await record(valid({ id: randomUUID() }), viewers.facilitator(['38']));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    ['a wrong check digit', { cpvCode: '45233140-3' }, 'input.cpvCode', /chiffre de contrôle.*45233140-2/],
    ['a CPV code that is not one', { cpvCode: '4523' }, 'input.cpvCode', /8 chiffres, un tiret/],
    ['a negative amount', { estimatedAmount: '-5' }, 'input.estimatedAmount', /ne peut pas être négatif/],
    ['a launch date that cannot be read', { expectedLaunchDate: '31/02/2026' }, 'input.expectedLaunchDate', /Date de lancement illisible/],
    ['no device without its reason', { recommendation: 'NONE' }, 'input.reason', /Motif obligatoire/],
  ])('%s is a BAD_USER_INPUT in French on its field', async (_case, patch, field, message) => {
    const { errors } = await record(valid({ id: randomUUID(), ...patch }));
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(errors?.[0]?.message).toMatch(message);
  });

  test('a spreadsheet is previewed line by line (refusals on their line and column), then confirmed once', async () => {
    const csv = Buffer.from([
      'Objet;Code CPV;Montant estimé HT;Date de lancement prévue;Recommandation;Motif',
      'Entretien des collèges du Beaujolais;90911200-8;480 000;15/01/2027;réservé SIAE;',
      'Étude de sols;71351500-8;-20;2027-02-01;aucun;Prestation intellectuelle',
      'Mobilier des collèges;39160000-1;250000;2027-13-01;critère;',
    ].join('\r\n'), 'utf8');
    const post = async (path: string) => fetch(files(`${path}?acheteur=${RHONE}`), { method: 'POST', headers: { ...(await bearer()), 'content-type': 'text/csv' }, body: csv });
    const preview = await post('apercu');
    expect(preview.status).toBe(200);
    const checked = (await preview.json()) as { accepted: { line: number; hours: string }[]; refused: { line: number; column: string; message: string }[] };
    expect(checked.accepted).toEqual([expect.objectContaining({ line: 2, recommendation: 'RESERVED_SIAE', hours: '400.00' })]);
    expect(checked.refused).toEqual([
      { line: 3, column: 'Montant estimé HT', message: expect.stringMatching(/négatif/) },
      { line: 4, column: 'Date de lancement prévue', message: expect.stringMatching(/illisible/) },
    ]);
    expect(await (await post('confirmation')).json()).toMatchObject({ recorded: 1, alreadyRecorded: 0 });
    expect(await (await post('confirmation')).json()).toMatchObject({ recorded: 0, alreadyRecorded: 1 });
  });

  test('a spreadsheet without the census columns is refused in French, naming the first missing column', async () => {
    const csv = Buffer.from('Référence de la mise en emploi;Mois;Heures travaillées\r\nx;2026-10;35\r\n', 'utf8');
    const response = await fetch(files(`apercu?acheteur=${RHONE}`), { method: 'POST', headers: { ...(await bearer()), 'content-type': 'text/csv' }, body: csv });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string; field: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'Objet' } });
    expect(body.errors[0]!.message).toMatch(/« Objet », « Code CPV »/);
  });
});

describe('the structures to call for a contract', () => {
  const MATCHES = `matchingStructures(first: 5) { rank score reasons introducedOn structure { id name siret } }`;

  test('a building contract in Rhône lists ranked structures of the trade, each with its reasons; a past partner of the holder comes first', async () => {
    const { data, errors } = await gql(`query ($id: ID!) { contract(id: $id) { cpvCode worksCommuneCode ${MATCHES} } }`, { id: JULES_FERRY }, { viewer: facilitator });
    expect(errors).toBeUndefined();
    const matches = data!.contract.matchingStructures as { rank: number; score: number; reasons: string[]; structure: { name: string } }[];
    expect(data!.contract).toMatchObject({ cpvCode: '45210000-2', worksCommuneCode: '69266' });
    expect(matches.map((match) => match.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(matches.map((match) => match.score)).toEqual([...matches.map((match) => match.score)].sort((a, b) => b - a));
    expect(matches[0]!.structure.name).toBe('Intérim Insertion Rhône (démo)');
    expect(matches[0]!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^Secteur Bâtiment.*division CPV 45/), expect.stringMatching(/déjà travaillé avec le titulaire/)]));
    expect(matches.map((match) => match.structure.name)).toContain('Rénov\'Insertion Villeurbanne (démo)');
    for (const match of matches) expect(match.reasons.join(' ')).not.toMatch(/Aucun secteur/);
  });

  test('the facilitator records an introduction to the holder once; the list then shows its date', async () => {
    const before = await gql(`query ($id: ID!) { contract(id: $id) { ${MATCHES} } }`, { id: JULES_FERRY }, { viewer: facilitator });
    const structureId = before.data!.contract.matchingStructures[1].structure.id as string;
    const introduce = () => gql(
      'mutation ($input: StructureIntroductionInput!) { recordStructureIntroduction(input: $input) { id introducedOn introducedBy } }',
      { input: { structureId, contractId: JULES_FERRY, companySiret: BATIR_RHONE, introducedOn: '2026-11-20' } }, { viewer: facilitator });
    const first = await introduce();
    expect(first.data!.recordStructureIntroduction).toMatchObject({ introducedOn: '2026-11-20', introducedBy: facilitator.subject });
    expect((await introduce()).data!.recordStructureIntroduction.id).toBe(first.data!.recordStructureIntroduction.id);
    const after = await gql(`query ($id: ID!) { contract(id: $id) { ${MATCHES} } }`, { id: JULES_FERRY }, { viewer: facilitator });
    expect(after.data!.contract.matchingStructures[1]).toMatchObject({ structure: { id: structureId }, introducedOn: '2026-11-20' });
    const company = await gql(
      'mutation ($input: StructureIntroductionInput!) { recordStructureIntroduction(input: $input) { id } }',
      { input: { structureId, contractId: JULES_FERRY, companySiret: BATIR_RHONE } }, { viewer: viewers.company(BATIR_RHONE) });
    expect(company.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('for the company that won it, the same list for its trade around the works', async () => {
    const { data, errors } = await gql(
      'query { company(siret: "39812340600017") { nafCode matchingStructures(communeCode: "69266", first: 3) { rank reasons structure { name } } } }', {}, { viewer: facilitator });
    expect(errors).toBeUndefined();
    expect(data!.company.matchingStructures[0]).toMatchObject({ rank: 1, structure: { name: 'Rénov\'Insertion Villeurbanne (démo)' } });
    expect(data!.company.matchingStructures[0].reasons[0]).toMatch(/code NAF 4120B/);
  });
});
