import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { loadStaff } from '../identity/staff.resolver';
import { StaffType } from '../identity/staff.type';
import { loadOutput, loadPlace } from './forms.objects';
import { FormDisposalType, FormInventoryPlaceType, FormMoveType, FormStorageType, PrintedFormOutputType, StoragePlaceType } from './forms.types';

/** The relations of the history records (through the request's DataLoaders, under each type's row filter). */
@Resolver(() => FormStorageType)
export class FormStorageResolver {
  @FieldResolver(() => PrintedFormOutputType, { nullable: true })
  async output(@Root() row: FormStorageType, @Ctx() context: ApiContext): Promise<PrintedFormOutputType | null> {
    return row.outputRowId === null ? null : loadOutput(context, row.outputRowId);
  }

  @FieldResolver(() => StoragePlaceType, { nullable: true })
  async place(@Root() row: FormStorageType, @Ctx() context: ApiContext): Promise<StoragePlaceType | null> {
    return row.placeRowId === null ? null : loadPlace(context, row.placeRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'Who first put copies in this place.' })
  async recordedBy(@Root() row: FormStorageType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return row.recordedByRowId === null ? null : loadStaff(context, row.recordedByRowId);
  }
}

@Resolver(() => FormMoveType)
export class FormMoveResolver {
  @FieldResolver(() => PrintedFormOutputType, { nullable: true })
  async output(@Root() row: FormMoveType, @Ctx() context: ApiContext): Promise<PrintedFormOutputType | null> {
    return row.outputRowId === null ? null : loadOutput(context, row.outputRowId);
  }

  @FieldResolver(() => StoragePlaceType, { nullable: true, description: 'Where from (null when copies were put in a place from the output).' })
  async fromPlace(@Root() row: FormMoveType, @Ctx() context: ApiContext): Promise<StoragePlaceType | null> {
    return row.fromPlaceRowId === null ? null : loadPlace(context, row.fromPlaceRowId);
  }

  @FieldResolver(() => StoragePlaceType, { nullable: true })
  async toPlace(@Root() row: FormMoveType, @Ctx() context: ApiContext): Promise<StoragePlaceType | null> {
    return row.toPlaceRowId === null ? null : loadPlace(context, row.toPlaceRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true })
  async recordedBy(@Root() row: FormMoveType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return row.recordedByRowId === null ? null : loadStaff(context, row.recordedByRowId);
  }
}

@Resolver(() => FormDisposalType)
export class FormDisposalResolver {
  @FieldResolver(() => PrintedFormOutputType, { nullable: true })
  async output(@Root() row: FormDisposalType, @Ctx() context: ApiContext): Promise<PrintedFormOutputType | null> {
    return row.outputRowId === null ? null : loadOutput(context, row.outputRowId);
  }

  @FieldResolver(() => StoragePlaceType, { nullable: true })
  async place(@Root() row: FormDisposalType, @Ctx() context: ApiContext): Promise<StoragePlaceType | null> {
    return row.placeRowId === null ? null : loadPlace(context, row.placeRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true })
  async recordedBy(@Root() row: FormDisposalType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return row.recordedByRowId === null ? null : loadStaff(context, row.recordedByRowId);
  }
}

@Resolver(() => FormInventoryPlaceType)
export class FormInventoryPlaceResolver {
  @FieldResolver(() => StoragePlaceType, { nullable: true, description: 'The place (null if the caller may not read it).' })
  async place(@Root() row: FormInventoryPlaceType, @Ctx() context: ApiContext): Promise<StoragePlaceType | null> {
    return loadPlace(context, row.placeRowId);
  }
}
