import { UseMiddleware, type MiddlewareFn } from 'type-graphql';

/**
 * A field guard from an access table: `check` throws (UNAUTHENTICATED, FORBIDDEN) when the viewer may not
 * read this field of this row; the field then resolves to null with that error while the rest of the
 * object still resolves. Use it for row-level rules `@Authorized` cannot express (territory, organisation).
 */
export function FieldGuard<Root, Ctx extends object>(check: (root: Root, ctx: Ctx) => void | Promise<void>): MethodDecorator & PropertyDecorator {
  const guard: MiddlewareFn<Ctx> = async ({ root, context }, next) => {
    await check(root as Root, context);
    return next();
  };
  return UseMiddleware(guard);
}
