import { BadUserInputError, rolesGranted, siretProblem, requireKnownCommune, requireUuid, NotFoundError } from '@maillage/subgraph-kit';
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ACCESS_TABLE } from '../../access/access-table';
import type { Context } from '../../context';
import { Company } from '../company/company.reference';
import { Contract } from '../references/contract.reference';
import { sectorsOfNaf } from '../sector/activity-sector.enum';
import { structuresAccess } from '../structure/structure.access';
import { Structure } from '../structure/structure.entity';
import { sectorsOfCpv } from './cpv-sectors';
import { StructureIntroductionInput } from './matching.inputs';
import { rankStructures, type MatchCriteria } from './matching.rank';
import { latestIntroductionDates } from './matching.repository';
import { StructureMatch } from './matching.types';
import { StructureIntroduction } from './structure-introduction.entity';

const MAX_FIRST = 50;

function requireFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw new BadUserInputError(`first : un entier de 1 à ${MAX_FIRST}`, 'first');
  return first;
}

async function matches(ctx: Context, criteria: MatchCriteria, first: number, introduced: Map<string, string>): Promise<StructureMatch[]> {
  const candidates = await ctx.loaders.matching.candidates.load({
    sectors: criteria.sectors, worksCommuneCode: criteria.worksCommuneCode, collaboratorSirets: [...criteria.collaboratorSirets],
  });
  return rankStructures(candidates, criteria).slice(0, first).map((ranked, index) =>
    Object.assign(new StructureMatch(), { rank: index + 1, score: ranked.score, reasons: ranked.reasons, structure: ranked.structure, introducedOn: introduced.get(ranked.structure.id) ?? null }));
}

/** Today in Paris, `YYYY-MM-DD`: the day a facilitator means by « aujourd’hui ». */
const todayInParis = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

/**
 * The structures to call for a contract (« Structures à solliciter »), computed here from what contracts
 * gives through `@requires` — its CPV code, the commune of its works, the holder's past partners — and
 * this subgraph's own directory: nothing is copied between subgraphs.
 */
@Resolver(() => Contract)
export class ContractMatchingResolver {
  @FieldResolver(() => [StructureMatch], {
    nullable: true,
    description: 'Structures d’insertion qui pourraient réaliser ou fournir ce marché, classées : secteur (division CPV, table documentée), territoire des travaux, collaboration passée avec le titulaire, capacité — chacune avec les raisons de son rang.',
  })
  @Directive('@requires(fields: "cpvCode worksCommuneCode holderCollaboratorSirets")')
  async matchingStructures(
    @Root() contract: Contract,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Nombre de structures (1 à 50).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<StructureMatch[]> {
    structuresAccess.assertMayEver(ctx.viewer, 'read', 'Contract.matchingStructures');
    const { division, label, sectors } = sectorsOfCpv(contract.cpvCode);
    const criteria: MatchCriteria = {
      sectors, sectorSource: division ? `la division CPV ${division}${label ? ` (${label})` : ''}` : null,
      worksCommuneCode: contract.worksCommuneCode ?? '', collaboratorSirets: new Set(contract.holderCollaboratorSirets ?? []),
    };
    if (!criteria.worksCommuneCode) return [];
    return matches(ctx, criteria, requireFirst(first), latestIntroductionDates(await ctx.loaders.matching.introductions.load(contract.id)));
  }

  @FieldResolver(() => [StructureIntroduction], { description: 'Mises en relation de structures avec le titulaire de ce marché, les plus récentes d’abord.' })
  structureIntroductions(@Root() contract: Contract, @Ctx() ctx: Context): Promise<StructureIntroduction[]> {
    structuresAccess.assertMayEver(ctx.viewer, 'read', 'StructureIntroduction');
    return ctx.loaders.matching.introductions.load(contract.id);
  }

  @Authorized(...rolesGranted(ACCESS_TABLE.StructureIntroduction.write))
  @Mutation(() => StructureIntroduction, {
    description: 'Enregistre que vous avez présenté une structure au titulaire d’un marché (date, auteur). Une même structure, un même marché et une même entreprise : une seule mise en relation, la demande rejouée la renvoie.',
  })
  async recordStructureIntroduction(@Arg('input', () => StructureIntroductionInput, { description: 'La mise en relation.' }) input: StructureIntroductionInput, @Ctx() ctx: Context): Promise<StructureIntroduction> {
    const structureId = requireUuid(input.structureId, 'input.structureId');
    const contractId = requireUuid(input.contractId, 'input.contractId');
    const problem = siretProblem(input.companySiret);
    if (problem) throw new BadUserInputError(`SIRET de l’entreprise invalide (${problem})`, 'input.companySiret');
    const introducedOn = input.introducedOn ?? todayInParis();
    if (introducedOn > todayInParis()) throw new BadUserInputError('La date de mise en relation ne peut pas être dans le futur', 'input.introducedOn');
    return ctx.em.transactional(async (tx) => {
      const structure = await tx.findOne(Structure, structureId);
      if (!structure) throw new NotFoundError('Aucune structure n’a cet identifiant');
      const key = { structure, contractId, companySiret: input.companySiret };
      const existing = await tx.findOne(StructureIntroduction, key);
      if (existing) return existing;
      await tx.getConnection().execute('SELECT pg_advisory_xact_lock(hashtext(?))', [`${structureId}|${contractId}|${input.companySiret}`]);
      return (await tx.findOne(StructureIntroduction, key)) ?? tx.create(StructureIntroduction, { ...key, introducedOn, introducedBy: ctx.viewer.subject ?? ctx.viewer.role });
    });
  }
}

/** For a company that won a contract: the same list for its trade (NAF code, `@requires`) around a commune. */
@Resolver(() => Company)
export class CompanyMatchingResolver {
  @FieldResolver(() => [StructureMatch], {
    nullable: true,
    description: 'Structures d’insertion de son métier (secteurs rattachés à son code NAF) autour d’une commune de travaux, classées comme pour un marché (sans la collaboration passée).',
  })
  @Directive('@requires(fields: "nafCode")')
  async matchingStructures(
    @Root() company: Company,
    @Arg('communeCode', { description: 'Code INSEE de la commune des travaux.' }) communeCode: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Nombre de structures (1 à 50).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<StructureMatch[]> {
    structuresAccess.assertMayEver(ctx.viewer, 'read', 'Contract.matchingStructures');
    const sectors = sectorsOfNaf(company.nafCode);
    const criteria: MatchCriteria = {
      sectors, sectorSource: company.nafCode ? `son code NAF ${company.nafCode}` : null,
      worksCommuneCode: requireKnownCommune(communeCode, 'communeCode'), collaboratorSirets: new Set(),
    };
    return matches(ctx, criteria, requireFirst(first), new Map());
  }
}
