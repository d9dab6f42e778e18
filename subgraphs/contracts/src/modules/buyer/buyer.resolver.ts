import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Commune, communeStub } from '../references/commune.reference';
import { Buyer } from './buyer.entity';

@Resolver(() => Buyer)
export class BuyerResolver {
  @FieldResolver(() => Commune, { description: "Commune du siège de l'acheteur." })
  commune(@Root() buyer: Buyer): Commune {
    return communeStub(buyer.communeCode);
  }
}
