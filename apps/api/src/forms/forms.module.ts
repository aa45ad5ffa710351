import { FormDisposalEntity, FormMoveEntity, FormStorageEntity, PrintedFormOutputEntity, StoragePlaceEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { FORM_DISPOSAL, FORM_MOVE, FORM_STORAGE } from './form-history.mapper';
import { FormDisposalResolver, FormInventoryPlaceResolver, FormMoveResolver, FormStorageResolver } from './form-history.resolver';
import { FormInventoryResolver } from './form-inventory.resolver';
import { loadDisposal, loadMove, loadOutput, loadPlace, loadStorage } from './forms.objects';
import { PRINTED_FORM_OUTPUT } from './printed-form-output.mapper';
import { PrintedFormOutputResolver } from './printed-form-output.resolver';
import { STORAGE_PLACE } from './storage-place.mapper';
import { StoragePlaceResolver } from './storage-place.resolver';

/**
 * The printed-form ledger (第10条): storage places (第2項), output records (第1項), storage and moves
 * (第2項), disposals reconciled with the records (第3項), the inventory and the overdue list.
 */
export const FORMS_MODULE: ApiModule = {
  name: 'forms',
  entities: [StoragePlaceEntity, PrintedFormOutputEntity, FormStorageEntity, FormMoveEntity, FormDisposalEntity],
  resolvers: [PrintedFormOutputResolver, StoragePlaceResolver, FormStorageResolver, FormMoveResolver, FormDisposalResolver, FormInventoryResolver, FormInventoryPlaceResolver],
  nodes: [
    { typeName: PRINTED_FORM_OUTPUT, load: (context, id) => loadOutput(context, id) },
    { typeName: STORAGE_PLACE, load: (context, id) => loadPlace(context, id) },
    { typeName: FORM_STORAGE, load: (context, id) => loadStorage(context, id) },
    { typeName: FORM_MOVE, load: (context, id) => loadMove(context, id) },
    { typeName: FORM_DISPOSAL, load: (context, id) => loadDisposal(context, id) },
  ],
};
