import {
  choiceLabel,
  loadBalancerTypeChoices,
  protocolChoices,
  sourceNatTypeChoices,
} from '@/lib/api/choices';
import { InlineEditCell } from '@/components/quick-actions/inline-edit-cell';
import { RefValue, TextValue, YesNo } from '../cells';
import type { ColumnsOf } from '../column';
import { CountLink, TagList } from '../list/column-cells';
import { listHref } from '../paths';

/** Nautobot's virtual-server table (load_balancers/tables.py): its default columns first, the rest on request. */
export const virtualServerColumns: ColumnsOf<'virtual-servers'> = [
  { id: 'name', label: 'Name', sortKey: 'name', render: (r) => r.name },
  { id: 'vip', label: 'VIP', sortKey: 'vip', render: (r) => <RefValue value={r.vip} /> },
  {
    id: 'enabled',
    label: 'Enabled',
    sortKey: 'enabled',
    render: (r) => (
      <InlineEditCell resource="virtual-servers" row={r} field="enabled">
        <YesNo value={r.enabled} />
      </InlineEditCell>
    ),
  },
  {
    id: 'load_balancer_type',
    label: 'Type',
    sortKey: 'load_balancer_type',
    render: (r) => (
      <TextValue
        value={r.load_balancer_type && choiceLabel(loadBalancerTypeChoices.labels, r.load_balancer_type)}
      />
    ),
  },
  {
    id: 'load_balancer_pool',
    label: 'Pool',
    sortKey: 'load_balancer_pool',
    render: (r) => <RefValue value={r.load_balancer_pool} resource="load-balancer-pools" />,
  },
  {
    id: 'port',
    label: 'Port',
    sortKey: 'port',
    align: 'right',
    render: (r) => (
      <InlineEditCell resource="virtual-servers" row={r} field="port">
        <TextValue value={r.port} />
      </InlineEditCell>
    ),
  },
  {
    id: 'protocol',
    label: 'Protocol',
    sortKey: 'protocol',
    render: (r) => <TextValue value={r.protocol && choiceLabel(protocolChoices.labels, r.protocol)} />,
  },
  {
    id: 'tenant',
    label: 'Tenant',
    sortKey: 'tenant',
    defaultHidden: true,
    render: (r) => <RefValue value={r.tenant} />,
  },
  {
    id: 'source_nat_pool',
    label: 'Source NAT pool',
    sortKey: 'source_nat_pool',
    defaultHidden: true,
    render: (r) => <RefValue value={r.source_nat_pool} />,
  },
  {
    id: 'source_nat_type',
    label: 'Source NAT type',
    sortKey: 'source_nat_type',
    defaultHidden: true,
    render: (r) => (
      <TextValue value={r.source_nat_type && choiceLabel(sourceNatTypeChoices.labels, r.source_nat_type)} />
    ),
  },
  {
    id: 'device',
    label: 'Device',
    sortKey: 'device',
    defaultHidden: true,
    render: (r) => <RefValue value={r.device} />,
  },
  {
    id: 'device_redundancy_group',
    label: 'Device redundancy group',
    sortKey: 'device_redundancy_group',
    defaultHidden: true,
    render: (r) => <RefValue value={r.device_redundancy_group} />,
  },
  {
    id: 'cloud_service',
    label: 'Cloud service',
    sortKey: 'cloud_service',
    defaultHidden: true,
    render: (r) => <RefValue value={r.cloud_service} />,
  },
  {
    id: 'virtual_chassis',
    label: 'Virtual chassis',
    sortKey: 'virtual_chassis',
    defaultHidden: true,
    render: (r) => <RefValue value={r.virtual_chassis} />,
  },
  {
    id: 'health_check_monitor',
    label: 'Health monitor',
    sortKey: 'health_check_monitor',
    defaultHidden: true,
    render: (r) => <RefValue value={r.health_check_monitor} resource="health-check-monitors" />,
  },
  {
    id: 'ssl_offload',
    label: 'SSL offload',
    sortKey: 'ssl_offload',
    defaultHidden: true,
    render: (r) => <YesNo value={r.ssl_offload} />,
  },
  {
    id: 'certificate_profiles',
    label: 'Certificate profiles',
    align: 'right',
    defaultHidden: true,
    needsM2m: true,
    render: (r) => (
      <CountLink
        count={r.certificate_profiles?.length}
        href={`${listHref('certificate-profiles')}?virtual_servers=${r.id}`}
        what="certificate profiles"
      />
    ),
  },
  {
    id: 'tags',
    label: 'Tags',
    defaultHidden: true,
    needsM2m: true,
    render: (r) => <TagList tags={r.tags} />,
  },
];
