/**
 * Access: the one list of roles, the viewer, the gateway-signed identity, territory rules and the
 * declarative access-table engine. Used by the gateway and every subgraph; loads no ORM and no schema code.
 */
export * from './access-table';
export * from './access-table.markdown';
export * from './identity';
export * from './identity-keys';
export * from './roles';
export * from './sql';
export * from './territory';
export * from './viewer';
