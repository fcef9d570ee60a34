import type { ResourceKey } from '@/lib/api/resources';
import type { DetailConfig, DetailRegistry } from './detail-types';
import { FilterLink } from './filter-link';
import { IpAddressValue } from './ip-address-value';
import { PoolWithStatus } from './pool-with-status';

/**
 * How each model's detail page is laid out: panels follow Nautobot's own detail view
 * (load_balancers/views.py), sections list the objects related to this one. Fields not placed in a panel
 * are shown in a final "Other" panel, so a field Nautobot adds later is never hidden. A new model needs
 * only an entry here.
 */
export const detailRegistry = {
  'virtual-servers': {
    panels: [
      {
        title: 'Virtual server',
        fields: [
          'name',
          {
            name: 'vip',
            label: 'VIP',
            render: (r) => (
              <FilterLink resource="virtual-servers" param="vip" value={r.vip}>
                <IpAddressValue value={r.vip} />
              </FilterLink>
            ),
          },
          'enabled',
          {
            name: 'tenant',
            render: (r) => <FilterLink resource="virtual-servers" param="tenant" value={r.tenant} />,
          },
        ],
      },
      {
        title: 'Configuration',
        fields: [
          'port',
          'protocol',
          { name: 'load_balancer_pool', render: (r) => <PoolWithStatus value={r.load_balancer_pool} /> },
          'load_balancer_type',
          'source_nat_pool',
          'source_nat_type',
          'health_check_monitor',
          'ssl_offload',
        ],
      },
      {
        title: 'Assignment',
        fields: ['device', 'device_redundancy_group', 'cloud_service', 'virtual_chassis'],
      },
    ],
    sections: [
      {
        kind: 'embedded',
        id: 'certificate-profiles',
        title: 'Certificate profiles',
        resource: 'certificate-profiles',
        field: 'certificate_profiles',
        filter: 'virtual_servers',
        // Nested one level down, a profile's tenant is only an id.
        hideColumns: ['tenant'],
        empty: 'No certificate profiles are assigned to this virtual server.',
      },
      {
        kind: 'query',
        id: 'pool-members',
        title: 'Members of its pool',
        resource: 'load-balancer-pool-members',
        filter: 'load_balancer_pool',
        from: 'load_balancer_pool',
        sort: 'ip_address,port',
        hideColumns: ['load_balancer_pool'],
        empty: 'Its pool has no members.',
      },
    ],
  },
  'load-balancer-pools': {
    panels: [
      {
        title: 'Load balancer pool',
        fields: [
          'name',
          {
            name: 'tenant',
            render: (r) => <FilterLink resource="load-balancer-pools" param="tenant" value={r.tenant} />,
          },
        ],
      },
      { title: 'Configuration', fields: ['load_balancing_algorithm', 'health_check_monitor'] },
    ],
    sections: [
      {
        kind: 'query',
        id: 'members',
        title: 'Pool members',
        resource: 'load-balancer-pool-members',
        filter: 'load_balancer_pool',
        from: 'id',
        sort: 'ip_address,port',
        hideColumns: ['load_balancer_pool'],
        addLabel: 'Add member',
        empty: 'This pool has no members yet.',
      },
      {
        kind: 'query',
        id: 'virtual-servers',
        title: 'Virtual servers',
        resource: 'virtual-servers',
        filter: 'load_balancer_pool',
        from: 'id',
        hideColumns: ['load_balancer_pool'],
        empty: 'No virtual server uses this pool.',
      },
    ],
  },
  'load-balancer-pool-members': {
    panels: [
      {
        title: 'Pool member',
        fields: [
          {
            name: 'ip_address',
            label: 'IP address',
            render: (r) => (
              <FilterLink resource="load-balancer-pool-members" param="ip_address" value={r.ip_address}>
                <IpAddressValue value={r.ip_address} />
              </FilterLink>
            ),
          },
          'port',
          'label',
          'status',
          {
            name: 'tenant',
            render: (r) => (
              <FilterLink resource="load-balancer-pool-members" param="tenant" value={r.tenant} />
            ),
          },
          { name: 'load_balancer_pool', render: (r) => <PoolWithStatus value={r.load_balancer_pool} /> },
        ],
      },
      { title: 'Configuration', fields: ['ssl_offload', 'health_check_monitor'] },
    ],
    sections: [
      {
        kind: 'embedded',
        id: 'certificate-profiles',
        title: 'Certificate profiles',
        resource: 'certificate-profiles',
        field: 'certificate_profiles',
        filter: 'load_balancer_pool_members',
        hideColumns: ['tenant'],
        empty: 'No certificate profiles are assigned to this member.',
      },
      {
        kind: 'query',
        id: 'virtual-servers',
        title: 'Virtual servers in front of its pool',
        resource: 'virtual-servers',
        filter: 'load_balancer_pool',
        from: 'load_balancer_pool',
        hideColumns: ['load_balancer_pool'],
        empty: 'No virtual server uses its pool.',
      },
    ],
  },
  'health-check-monitors': {
    panels: [
      {
        title: 'Health check monitor',
        fields: [
          'name',
          'health_check_type',
          'port',
          'interval',
          'retry',
          'timeout',
          {
            name: 'tenant',
            render: (r) => <FilterLink resource="health-check-monitors" param="tenant" value={r.tenant} />,
          },
        ],
      },
    ],
    sections: [
      {
        kind: 'query',
        id: 'virtual-servers',
        title: 'Virtual servers using it',
        resource: 'virtual-servers',
        filter: 'health_check_monitor',
        from: 'id',
        empty: 'No virtual server uses this monitor.',
      },
      {
        kind: 'query',
        id: 'pools',
        title: 'Pools using it',
        resource: 'load-balancer-pools',
        filter: 'health_check_monitor',
        from: 'id',
        empty: 'No pool uses this monitor.',
      },
      {
        kind: 'query',
        id: 'members',
        title: 'Pool members using it',
        resource: 'load-balancer-pool-members',
        filter: 'health_check_monitor',
        from: 'id',
        sort: 'load_balancer_pool,ip_address,port',
        empty: 'No pool member uses this monitor.',
      },
    ],
  },
  'certificate-profiles': {
    panels: [
      {
        title: 'Certificate profile',
        fields: [
          'name',
          'certificate_type',
          'expiration_date',
          'cipher',
          {
            name: 'tenant',
            render: (r) => <FilterLink resource="certificate-profiles" param="tenant" value={r.tenant} />,
          },
        ],
      },
      { title: 'Files', fields: ['certificate_file_path', 'chain_file_path', 'key_file_path'] },
    ],
    sections: [
      {
        kind: 'query',
        id: 'virtual-servers',
        title: 'Virtual servers using it',
        resource: 'virtual-servers',
        filter: 'certificate_profiles',
        from: 'id',
        empty: 'No virtual server uses this certificate profile.',
      },
      {
        kind: 'query',
        id: 'members',
        title: 'Pool members using it',
        resource: 'load-balancer-pool-members',
        filter: 'certificate_profiles',
        from: 'id',
        sort: 'load_balancer_pool,ip_address,port',
        empty: 'No pool member uses this certificate profile.',
      },
    ],
  },
} satisfies DetailRegistry;

/** Typed access for the generic screen: `detailConfig(key).panels` reads `EndpointRow<K>`. */
export function detailConfig<K extends ResourceKey>(key: K): DetailConfig<K> {
  const map: DetailRegistry = detailRegistry;
  return map[key];
}
