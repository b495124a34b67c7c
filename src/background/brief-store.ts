import bundle from 'backstory:briefs';
import type { Brief } from '../shared/briefs.ts';

const byId = new Map(bundle.briefs.map((brief) => [brief.id, brief]));

export const findBrief = (id: string): Brief | null => byId.get(id) ?? null;
