'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GroupPatch } from '@/lib/dto/groups';
import { ApiRequestError } from '@/lib/queries/api-fetch';
import { groupQueries, patchGroup, type GroupScope } from '@/lib/queries/groups';

/** One change to a group; on success the group page and the list read the group again. */
export function useGroupChange(scope: GroupScope, id: string) {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (patch: GroupPatch) => patchGroup(scope, id, patch),
    onSuccess: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: groupQueries.detail(scope, id).queryKey }), client.invalidateQueries({ queryKey: groupQueries.list(scope).queryKey })]);
    },
  });
  const error = mutation.error instanceof ApiRequestError ? mutation.error.message : mutation.error ? String(mutation.error.message) : undefined;
  return { change: mutation.mutateAsync, busy: mutation.isPending, error };
}
