import 'server-only';

/** Failure groups' use cases; the events worker calls `recordFailure` after a job is proven. */
export { getGroupDetail } from './group-detail';
export { listGroups } from './list-groups';
export { recordFailure, type RecordedFailure } from './record-failure';
export { updateGroup } from './update-group';
