/** The kit's `Decimal` and `LocalDate`, shared with the contracts subgraph (same names and descriptions). */
export { DecimalScalar, isLocalDate, LocalDateScalar } from '@maillage/subgraph-kit';
