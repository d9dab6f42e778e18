/**
 * The one way a `__resolveReference` is written. Federation calls it without `@Authorized` or any
 * middleware, so it asks the access rules itself, always in this order:
 * 1. a caller whose role may never read the type gets an error on that entity (UNAUTHENTICATED for the
 *    public caller, FORBIDDEN otherwise) — `authorize` throws it;
 * 2. the row is loaded through a per-request loader (one statement per batch of references);
 * 3. a row the caller may not see is answered null, exactly like a missing one, so that a caller cannot
 *    tell the two apart.
 */
export interface ReferenceResolverOptions<Ref, T, Ctx> {
  /** Throws when the viewer's role may never read this type (e.g. `assertMayEver` of the access table). */
  authorize(ctx: Ctx): void;
  /** Loads the row through a per-request loader; null when there is none. */
  load(reference: Ref, ctx: Ctx): Promise<T | null>;
  /** Row-level rule (territory, organisation): false hides the row. Omit when every row is readable. */
  visible?(row: T, ctx: Ctx): boolean | Promise<boolean>;
}

/** Builds the `{ __resolveReference }` entry of an entity for `buildFederatedSchema`'s reference resolvers. */
export function referenceResolver<Ref, T, Ctx>(options: ReferenceResolverOptions<Ref, T, Ctx>) {
  return {
    __resolveReference: async (reference: Ref, ctx: Ctx): Promise<T | null> => resolveReference(reference, ctx, options),
  };
}

/** The same steps, for a reference resolver that does more than return the row. */
export async function resolveReference<Ref, T, Ctx>(reference: Ref, ctx: Ctx, options: ReferenceResolverOptions<Ref, T, Ctx>): Promise<T | null> {
  options.authorize(ctx);
  const row = await options.load(reference, ctx);
  if (row === null) return null;
  if (options.visible && !(await options.visible(row, ctx))) return null;
  return row;
}
