/**
 * Assembles contact entries from what a contact block says, in reading order. Names
 * written one after another form a group that shares the details written under them (an
 * agency's phone under two names); a name after details starts a new group.
 */
import type { ContactEntry } from '../../../../tree/unist.js';
import { emailMatchesName } from './people.js';

export interface Details {
  phones: string[];
  faxes: string[];
  emails: string[];
}

export class GroupReader {
  private readonly entries: ContactEntry[] = [];
  private group: ContactEntry[] = [];
  private groupDetailed = false;
  private orphan: Details | null = null;
  /** Desks and labels that stood in for a person. */
  readonly desks: string[] = [];

  /** A desk ("Trade Relations Desk") named where a person would be. */
  desk(name: string, role: string | null): void {
    this.desks.push(name);
    this.person(name, role);
  }

  person(name: string, role: string | null): void {
    if (this.groupDetailed) {
      this.group = [];
      this.groupDetailed = false;
    }
    const entry: ContactEntry = { role, name, organization: null, phones: [], faxes: [], emails: [] };
    this.entries.push(entry);
    this.group.push(entry);
  }

  /** Whether the current group has been given a phone, fax or e-mail address. */
  groupHasDetails(): boolean {
    return this.group.length > 0 && this.groupDetailed;
  }

  /** Whether someone has been named in the current group. */
  hasGroup(): boolean {
    return this.group.length > 0;
  }

  organization(name: string): void {
    for (const e of this.group) if (!e.organization) e.organization = name;
  }

  phone(value: string, fax: boolean): void {
    this.groupDetailed = true;
    if (this.group.length === 0) {
      const o = (this.orphan ??= { phones: [], faxes: [], emails: [] });
      (fax ? o.faxes : o.phones).push(value);
      return;
    }
    for (const e of this.group) {
      const list = fax ? e.faxes : e.phones;
      if (!list.includes(value)) list.push(value);
    }
  }

  /** A phone written for everyone named so far (an agency's number after their names). */
  sharedPhone(value: string, fax: boolean): void {
    const owners = this.entries.filter((e) => (fax ? e.faxes : e.phones).length === 0);
    if (owners.length === 0) return this.phone(value, fax);
    this.groupDetailed = true;
    for (const e of owners) (fax ? e.faxes : e.phones).push(value);
  }

  email(address: string): void {
    this.groupDetailed = true;
    if (this.group.length === 0) {
      (this.orphan ??= { phones: [], faxes: [], emails: [] }).emails.push(address);
      return;
    }
    let best = this.group.find((e) => e.emails.length === 0) ?? this.group[0];
    let score = 0;
    if (this.group.length > 1) {
      for (const e of this.group) {
        const s = emailMatchesName(address, e.name ?? '');
        if (s > score) {
          score = s;
          best = e;
        }
      }
    }
    best?.emails.push(address);
  }

  /**
   * Details written under a role before anyone was named close as that desk's own entry when
   * another role begins ("Investor Relations" / "ir@acme.com" / "Media: Kristen Ahl, …"):
   * they are not the next person's.
   */
  closeDesk(role: string | null, name: string | null): void {
    const o = this.orphan;
    if (!o || this.group.length > 0) return;
    this.orphan = null;
    this.entries.push({ role, name, organization: null, phones: o.phones, faxes: o.faxes, emails: o.emails });
    this.desks.push(name ?? role ?? 'contact');
  }

  /** Details written before anyone was named. */
  orphanDetails(): Details | null {
    return this.orphan;
  }

  finish(): ContactEntry[] {
    return this.entries;
  }
}
