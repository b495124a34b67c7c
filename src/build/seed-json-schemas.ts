// seeds/schema/*.json, generated from seed-schema.ts so that editors and the build agree.
import { z } from 'zod';
import { entityFile, inflectionsFile, storyFile } from './seed-schema.ts';

const asText = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`;

export function seedJsonSchemas(): Record<string, string> {
  return {
    'seeds/schema/entities.schema.json': asText(entityFile),
    'seeds/schema/story.schema.json': asText(storyFile),
    'seeds/schema/inflections.schema.json': asText(inflectionsFile),
  };
}
