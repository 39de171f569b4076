import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useClustersQuery } from '../../data/clusters/clusters-query.ts';

/**
 * The cluster a cluster-scoped list shows, kept in the URL (`?clusterId=`): the first cluster
 * until one is chosen, written into the URL so the view can be linked and reloaded. Choosing
 * another cluster keeps the page's filters and goes back to its first page.
 */
export function useSelectedCluster() {
  const [searchParams, setSearchParams] = useSearchParams();
  const clusters = useClustersQuery({});
  const items = clusters.data?.items;
  const clusterId = searchParams.get('clusterId') ?? undefined;
  const firstId = items?.[0]?.metadata.id;

  useEffect(() => {
    if (!clusterId && firstId) {
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params);
          next.set('clusterId', firstId);
          return next;
        },
        { replace: true },
      );
    }
  }, [clusterId, firstId, setSearchParams]);

  return {
    clusters,
    clusterId,
    cluster: items?.find((c) => c.metadata.id === clusterId),
    /** The URL names a cluster the account does not have (any more). */
    missing: Boolean(clusterId && items && !items.some((c) => c.metadata.id === clusterId)),
    selectCluster: (id: string) =>
      setSearchParams((params) => {
        const next = new URLSearchParams(params);
        next.set('clusterId', id);
        next.delete('page');
        return next;
      }),
  };
}
