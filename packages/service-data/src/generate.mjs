// Builds the data set: every national service once, and the local services of the 21 aimags and
// Ulaanbaatar, trimmed to exactly SERVICE_COUNT. Deterministic: no clock, no Math.random.
import { AGENCIES, localAgency } from './agencies.mjs';
import { CATEGORIES } from './categories.mjs';
import { LOCAL_SERVICES } from './local.mjs';
import { NATIONAL_SERVICES } from './national.mjs';
import { seededRandom } from './random.mjs';
import { REGIONS } from './regions.mjs';

export const SERVICE_COUNT = 1448;
const SEED = 1448;
const BASE_URL = 'https://e-mongolia.mn/services/';

function fill(text, region) {
  return { mn: text.mn.replace('{in}', region.in.mn), en: text.en.replace('{in}', region.in.en) };
}

/** Fees and waiting times differ a little from one aimag to another; so does going online. */
function localVariant(template, region, random) {
  if (region.id === 'ulaanbaatar') return { fee: template.fee, days: template.days, delivery: template.delivery };
  const feeFactor = [1, 1, 1, 0.8, 1.2][Math.floor(random() * 5)];
  const fee = Math.round((template.fee * feeFactor) / 500) * 500;
  const days = template.days >= 3 ? template.days + Math.floor(random() * 4) : template.days;
  const delivery = template.delivery === 'hybrid' && random() < 0.15 ? 'in-person' : template.delivery;
  return { fee, days, delivery };
}

export function generateServices() {
  const random = seededRandom(SEED);
  const drafts = NATIONAL_SERVICES.map((service) => ({ ...service, agency: AGENCIES[service.agency] }));
  for (const draft of drafts) if (!draft.agency) throw new Error(`Unknown agency in ${draft.title.en}`);

  // Every local service in every region, less a few that not every aimag offers (never in the
  // capital), so that the total is exactly SERVICE_COUNT.
  const local = LOCAL_SERVICES.flatMap((template) => REGIONS.map((region) => ({ template, region })));
  const toDrop = drafts.length + local.length - SERVICE_COUNT;
  if (toDrop < 0) throw new Error(`Only ${drafts.length + local.length} services: add templates`);
  const droppable = local.filter(({ region }) => region.id !== 'ulaanbaatar');
  const dropped = new Set();
  while (dropped.size < toDrop) dropped.add(droppable[Math.floor(random() * droppable.length)]);

  for (const pair of local) {
    if (dropped.has(pair)) continue;
    const { template, region } = pair;
    drafts.push({
      ...template,
      ...localVariant(template, region, random),
      title: { mn: `${template.title.mn} (${region.name.mn})`, en: `${template.title.en} (${region.name.en})` },
      description: fill(template.description, region),
      agency: localAgency(template.office, region),
      region: region.id,
    });
  }

  const order = Object.keys(CATEGORIES);
  drafts.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || Number(Boolean(a.region)) - Number(Boolean(b.region)));

  return drafts.map((draft, index) => {
    if (!CATEGORIES[draft.category]) throw new Error(`Unknown category ${draft.category}`);
    const id = `svc-${String(index + 1).padStart(4, '0')}`;
    const roll = random();
    const status = roll < 0.025 ? 'new' : roll < 0.06 ? 'updated' : roll < 0.075 ? 'unavailable' : undefined;
    const withAction = draft.delivery === 'online' && status !== 'unavailable' && random() < 0.2;
    return {
      id,
      title: draft.title,
      href: `${BASE_URL}${id}`,
      agency: draft.agency,
      description: draft.description,
      category: CATEGORIES[draft.category],
      categoryId: draft.category,
      delivery: draft.delivery,
      fee: draft.fee,
      processingDays: draft.days,
      ...(status && { status }),
      ...(withAction && { actionHref: `${BASE_URL}${id}/start` }),
      ...(draft.region && { region: draft.region }),
    };
  });
}
