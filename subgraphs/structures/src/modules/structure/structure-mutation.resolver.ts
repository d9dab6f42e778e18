import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { assertMayWriteStructureIn, STRUCTURE_WRITERS } from './structure.access';
import { Structure } from './structure.entity';
import { CreateStructureInput, UpdateStructureInput } from './structure.inputs';
import { StructureRepository } from './structure.repository';
import { assertConsistentAgreement, assertDisabledShareKind, validateStructureInput } from './structure.validation';

/**
 * Writes to the directory: admins anywhere, facilitators for structures located in their territories.
 * Every input is validated before anything is written.
 */
@Resolver(() => Structure)
export class StructureMutationResolver {
  @Authorized(...STRUCTURE_WRITERS)
  @Mutation(() => Structure, { description: 'Ajoute une structure à l’annuaire (SIRET unique).' })
  async createStructure(@Arg('input', () => CreateStructureInput, { description: 'La structure à créer.' }) input: CreateStructureInput, @Ctx() ctx: Context): Promise<Structure> {
    const changes = validateStructureInput(input);
    const { siret, name, kind, communeCode } = changes;
    assertMayWriteStructureIn(ctx.viewer, communeCode!);
    assertConsistentAgreement(changes.agreementStartDate, changes.agreementEndDate);
    assertDisabledShareKind(kind!, changes.disabledWorkersShare);
    const structure = await new StructureRepository(ctx.em).create({ ...changes, siret: siret!, name: name!, kind: kind!, communeCode: communeCode! });
    ctx.logger.info({ structureId: structure.id }, 'structure created');
    return structure;
  }

  @Authorized(...STRUCTURE_WRITERS)
  @Mutation(() => Structure, { description: 'Modifie une structure : seuls les champs fournis changent.' })
  async updateStructure(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateStructureInput, { description: 'Les champs à modifier.' }) input: UpdateStructureInput,
    @Arg('id', () => ID, { description: 'Identifiant de la structure.' }) id: string,
  ): Promise<Structure> {
    const changes = validateStructureInput(input);
    const repository = new StructureRepository(ctx.em);
    const structure = await repository.getForWrite(id);
    assertMayWriteStructureIn(ctx.viewer, structure.communeCode);
    if (changes.communeCode !== undefined) assertMayWriteStructureIn(ctx.viewer, changes.communeCode);
    assertConsistentAgreement(
      changes.agreementStartDate !== undefined ? changes.agreementStartDate : structure.agreementStartDate,
      changes.agreementEndDate !== undefined ? changes.agreementEndDate : structure.agreementEndDate,
    );
    assertDisabledShareKind(changes.kind ?? structure.kind, changes.disabledWorkersShare !== undefined ? changes.disabledWorkersShare : structure.disabledWorkersShare);
    await repository.update(structure, changes);
    ctx.logger.info({ structureId: structure.id }, 'structure updated');
    return structure;
  }

  @Authorized(...STRUCTURE_WRITERS)
  @Mutation(() => Structure, {
    description: 'Désactive une structure. Jamais de suppression : des parcours et des marchés y renvoient.',
  })
  async deactivateStructure(@Arg('id', () => ID, { description: 'Identifiant de la structure.' }) id: string, @Ctx() ctx: Context): Promise<Structure> {
    const repository = new StructureRepository(ctx.em);
    const structure = await repository.getForWrite(id);
    assertMayWriteStructureIn(ctx.viewer, structure.communeCode);
    await repository.deactivate(structure);
    ctx.logger.info({ structureId: structure.id }, 'structure deactivated');
    return structure;
  }
}
