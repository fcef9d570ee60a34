import DnsIcon from '@mui/icons-material/Dns';
import HubIcon from '@mui/icons-material/Hub';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import WorkspacesIcon from '@mui/icons-material/Workspaces';
import { resourceKeys, type ResourceKey } from '@/lib/api/resources';
import { certificateProfileColumns } from './columns/certificate-profiles';
import { healthMonitorColumns } from './columns/health-check-monitors';
import { poolMemberColumns } from './columns/load-balancer-pool-members';
import { poolColumns } from './columns/load-balancer-pools';
import { virtualServerColumns } from './columns/virtual-servers';
import type { ResourceUiMap } from './column';
import { listHref } from './paths';

/**
 * UI facts per load-balancer model, layered over the data facts in lib/api/resources.ts. Typed per key,
 * so each model's columns render its own row type and may only sort by keys Nautobot accepts for it.
 */
export const resourceUi = {
  'virtual-servers': {
    navLabel: 'Virtual servers',
    icon: HubIcon,
    href: listHref('virtual-servers'),
    columns: virtualServerColumns,
  },
  'load-balancer-pools': {
    navLabel: 'Pools',
    icon: WorkspacesIcon,
    href: listHref('load-balancer-pools'),
    columns: poolColumns,
  },
  'load-balancer-pool-members': {
    navLabel: 'Pool members',
    icon: DnsIcon,
    href: listHref('load-balancer-pool-members'),
    columns: poolMemberColumns,
  },
  'health-check-monitors': {
    navLabel: 'Health monitors',
    icon: MonitorHeartIcon,
    href: listHref('health-check-monitors'),
    columns: healthMonitorColumns,
  },
  'certificate-profiles': {
    navLabel: 'Certificate profiles',
    icon: VerifiedUserIcon,
    href: listHref('certificate-profiles'),
    columns: certificateProfileColumns,
  },
} satisfies ResourceUiMap;

/** Typed access for generic screens: `uiFor(key).columns` renders `EndpointRow<K>`. */
export function uiFor<K extends ResourceKey>(key: K): ResourceUiMap[K] {
  const map: ResourceUiMap = resourceUi;
  return map[key];
}

export const navItems = resourceKeys.map((key) => ({ key, ...resourceUi[key] }));
