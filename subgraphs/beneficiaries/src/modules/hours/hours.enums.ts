import type { Role } from '@maillage/subgraph-kit';
import { registerEnumType } from 'type-graphql';

/** Who declared a statement. */
export enum StatementSource {
  COMPANY = 'COMPANY',
  STRUCTURE = 'STRUCTURE',
  FACILITATOR = 'FACILITATOR',
}

registerEnumType(StatementSource, {
  name: 'StatementSource',
  description: 'Origine du relevé d’heures.',
  valuesConfig: {
    COMPANY: { description: 'Déclaré par l’entreprise employeuse' },
    STRUCTURE: { description: 'Déclaré par la structure employeuse (SIAE, EA, ESAT, GEIQ)' },
    FACILITATOR: { description: 'Saisi par le facilitateur (ou un administrateur)' },
  },
});

/** The source a role declares as (an admin enters statements on the facilitation team's behalf). */
export function sourceOf(role: Role): StatementSource {
  if (role === 'company') return StatementSource.COMPANY;
  if (role === 'structure') return StatementSource.STRUCTURE;
  return StatementSource.FACILITATOR;
}
