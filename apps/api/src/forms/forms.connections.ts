import { connectionTypes } from '../graphql/connections/connection.types';
import { PrintedFormOutputType, StoragePlaceType } from './forms.types';

export const { connection: PrintedFormOutputConnection, edge: PrintedFormOutputEdge } = connectionTypes('PrintedFormOutput', PrintedFormOutputType);
export const { connection: StoragePlaceConnection, edge: StoragePlaceEdge } = connectionTypes('StoragePlace', StoragePlaceType);
