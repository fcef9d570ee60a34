export type {
  AdminState,
  Availability,
  MemberStatusInput,
  ObjectStatus,
  PoolObjectStatus,
  PoolStatusInput,
  VirtualServerStatusInput,
} from './types';
export { memberStatus } from './member-status';
export { poolStatus } from './pool-status';
export { virtualServerStatus } from './virtual-server-status';
export { adminLabel, availabilityLabel, iconName, statusRank, statusTitle } from './describe';
export { statusMappingTable, type StatusMappingId, type StatusMappingRow } from './mapping-table';
