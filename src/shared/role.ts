/** The people the bot serves, from the family up to the puskesmas: the one list flows, contacts and access checks share. */
export const ROLES = ['parent', 'kader', 'lurah', 'puskesmas'] as const;

export type Role = (typeof ROLES)[number];

/** Roles the staff registry gives (never what a contact types). */
export type StaffRole = Exclude<Role, 'parent'>;
