import { describe, expect, it } from 'vitest';
import { parseProtectedObjects } from './protected-objects';

const A = '0b6f1a52-3c1d-4e8a-9f00-000000000001';
const B = '0b6f1a52-3c1d-4e8a-9f00-000000000002';

describe('parseProtectedObjects', () => {
  it('reads the count and each object with its id', () => {
    expect(
      parseProtectedObjects(
        `Unable to delete object. 2 dependent objects were found: vs-a (${A}), 10.20.1.10:80 (${B})`,
      ),
    ).toEqual({
      count: 2,
      objects: [
        { label: 'vs-a', id: A },
        { label: '10.20.1.10:80', id: B },
      ],
    });
  });

  it('keeps commas and brackets that belong to a name', () => {
    const parsed = parseProtectedObjects(
      `Unable to delete object. 2 dependent objects were found: web, east (old) (${A}), b (${B})`,
    );
    expect(parsed?.objects).toEqual([
      { label: 'web, east (old)', id: A },
      { label: 'b', id: B },
    ]);
  });

  it('lowercases ids and tolerates trailing whitespace', () => {
    const parsed = parseProtectedObjects(
      `Unable to delete object. 1 dependent objects were found: pool (${A.toUpperCase()})  `,
    );
    expect(parsed).toEqual({ count: 1, objects: [{ label: 'pool', id: A }] });
  });

  it('keeps the stated count when it names more objects than it lists', () => {
    const parsed = parseProtectedObjects(`Unable to delete object. 5 dependent objects were found: a (${A})`);
    expect(parsed?.count).toBe(5);
    expect(parsed?.objects).toHaveLength(1);
  });

  it('finds no objects in a list without ids', () => {
    expect(
      parseProtectedObjects('Unable to delete object. 1 dependent objects were found: something'),
    ).toEqual({ count: 1, objects: [] });
  });

  it('returns null for any other message', () => {
    expect(parseProtectedObjects('You do not have permission to perform this action.')).toBeNull();
    expect(parseProtectedObjects(undefined)).toBeNull();
    expect(parseProtectedObjects('')).toBeNull();
  });
});
