import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import { rowIdOf } from '../graphql/relay/global-id';
import { FormInventoryArgs } from './forms.args';
import { readable, STORAGES } from './forms.loaders';
import { storageObject } from './forms.objects';
import { FormInventoryPlaceType, FormInventoryType } from './forms.types';

/** The most holdings one inventory lists (narrow it by section or place for more). */
export const FORM_INVENTORY_MAX_HOLDINGS = 5_000;

/** The inventory of 第10条第2項: what each place holds now, per section and place. */
@Resolver()
export class FormInventoryResolver {
  @Query(() => FormInventoryType, {
    description: `The printed forms kept now per storage place (第10条第2項: 数量・内訳), as far as the caller may read; at most ${FORM_INVENTORY_MAX_HOLDINGS} holdings.`,
  })
  async formInventory(@Args() args: FormInventoryArgs, @Ctx() context: ApiContext): Promise<FormInventoryType> {
    const query = readable(context.dataSource, requestScope(context), STORAGES)
      .innerJoin('storage.place', 'place')
      .innerJoin('storage.output', 'output')
      .andWhere('storage.quantity > 0');
    if (args.sectionId) {
      const section = rowIdOf(args.sectionId, 'OrganisationUnit');
      if (section === null) query.andWhere('1 = 0');
      else query.andWhere('storage.sectionId = :section', { section });
    }
    if (args.placeId) query.andWhere('storage.placeId = :place', { place: rowIdOf(args.placeId, 'StoragePlace') });
    const rows = await query
      .orderBy('place.sectionId', 'ASC')
      .addOrderBy('place.name', 'ASC')
      .addOrderBy('place.id', 'ASC')
      .addOrderBy('output.formName', 'ASC')
      .addOrderBy('storage.id', 'ASC')
      .limit(FORM_INVENTORY_MAX_HOLDINGS + 1)
      .getMany();
    const truncated = rows.length > FORM_INVENTORY_MAX_HOLDINGS;
    const places = new Map<string, FormInventoryPlaceType>();
    let quantity = 0;
    for (const row of truncated ? rows.slice(0, FORM_INVENTORY_MAX_HOLDINGS) : rows) {
      let place = places.get(row.placeId);
      if (!place) {
        place = Object.assign(new FormInventoryPlaceType(), { placeRowId: row.placeId, outputCount: 0, quantity: 0, storages: [] });
        places.set(row.placeId, place);
      }
      place.outputCount += 1;
      place.quantity += row.quantity;
      place.storages.push(storageObject(context, row));
      quantity += row.quantity;
    }
    return Object.assign(new FormInventoryType(), { places: [...places.values()], quantity, truncated });
  }
}
