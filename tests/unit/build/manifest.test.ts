// Least permissions: what the manifest asks for, and nothing more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('manifest permissions', () => {
  it('asks only for storage (the settings) and contextMenus (the look-up item)', () => {
    expect(manifest.permissions).toEqual(['contextMenus', 'storage']);
  });

  it('asks for no host or optional permissions', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });
});
