import { Embeddable, Property } from '@mikro-orm/core';
import { Authorized, Field, ObjectType } from 'type-graphql';
import { CONTACT_READERS } from './structure.access';

/**
 * The structure's functional contact (a service's mailbox and switchboard, "relations entreprises"), not a
 * person: no one's name is stored. Still, its e-mail and phone are shown to signed-in callers only, so that
 * the directory cannot be harvested anonymously.
 */
@ObjectType({ description: 'Contact fonctionnel de la structure (un service, pas une personne).' })
@Embeddable()
export class StructureContact {
  @Field(() => String, { nullable: true, description: 'Libellé du contact, par exemple « Relations entreprises ».' })
  @Property({ type: 'text', nullable: true })
  label?: string | null;

  @Authorized(...CONTACT_READERS)
  @Field(() => String, { nullable: true, description: 'Adresse électronique fonctionnelle (utilisateurs connectés seulement).' })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Authorized(...CONTACT_READERS)
  @Field(() => String, { nullable: true, description: 'Téléphone, chiffres seuls, 0 initial (utilisateurs connectés seulement).' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;
}
