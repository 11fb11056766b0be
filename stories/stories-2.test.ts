// The story checks (stories/support/story-checks.ts), part 2 of 3 of the story files.
import { describeStoryChecks } from './support/story-checks.js';

await describeStoryChecks(2, 3);
