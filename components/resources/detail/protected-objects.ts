// The parser is pure and bulk delete needs it too; it lives in lib.
export {
  parseProtectedObjects,
  type ProtectedObject,
  type ProtectedObjects,
} from '@/lib/bulk/protected-objects';
