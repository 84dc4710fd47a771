import { USER_ROLES } from '../db/schema.js';

export { USER_ROLES };
export type Role = (typeof USER_ROLES)[number];

/**
 * What a route needs, set as its `config.access`:
 * - `anyone`: no credentials needed (signing in);
 * - `catalog-read`: anyone while CATALOG_READS=public, otherwise any signed-in role;
 * - `signed-in`: a user (their own tokens, sign-out), never the shared API_TOKEN alone;
 * - a role: that role or a higher one.
 */
export type Access = 'anyone' | 'catalog-read' | 'signed-in' | Role;

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export const roleAllows = (role: Role, needed: Role): boolean => RANK[role] >= RANK[needed];
