import type { ResourceKey } from '../api/resources';
import type { FormField } from './definition';

/** Tags, limited to those Nautobot allows on the model (a tag lists its content types). */
export const tagsField = (resource: ResourceKey): FormField => ({
  name: 'tags',
  label: 'Tags',
  kind: 'references',
  endpoint: 'tags',
  contentTypeOf: resource,
});
