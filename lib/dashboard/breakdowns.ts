import { algorithmChoices, loadBalancerTypeChoices, protocolChoices } from '../api/choices';
import type { ResourceKey } from '../api/resources';

/** One bar or slice: how many objects of `resource` match `filters` (Nautobot's names, as the list takes them). */
export type CountSpec = {
  label: string;
  resource: ResourceKey;
  filters: Readonly<Record<string, string>>;
};

export type Breakdown = {
  id: string;
  title: string;
  resource: ResourceKey;
  /** Bars for many categories, a pie for a few. */
  chart: 'bar' | 'pie';
  specs: readonly CountSpec[];
};

const byChoice = (
  resource: ResourceKey,
  param: string,
  choices: { readonly pairs: readonly (readonly [string, string])[] },
): CountSpec[] => choices.pairs.map(([value, label]) => ({ label, resource, filters: { [param]: value } }));

/** One count per choice: as many requests as Nautobot has choices, however many objects there are. */
export const breakdowns: readonly Breakdown[] = [
  {
    id: 'vs-protocol',
    title: 'Virtual servers by protocol',
    resource: 'virtual-servers',
    chart: 'bar',
    specs: byChoice('virtual-servers', 'protocol', protocolChoices),
  },
  {
    id: 'vs-type',
    title: 'Virtual servers by type',
    resource: 'virtual-servers',
    chart: 'pie',
    specs: byChoice('virtual-servers', 'load_balancer_type', loadBalancerTypeChoices),
  },
  {
    id: 'pool-algorithm',
    title: 'Pools by algorithm',
    resource: 'load-balancer-pools',
    chart: 'bar',
    specs: byChoice('load-balancer-pools', 'load_balancing_algorithm', algorithmChoices),
  },
];
