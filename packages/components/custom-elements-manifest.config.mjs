// Read by `cem analyze` (scripts/build.mjs runs it in this folder).
import { dependenciesPlugin } from './scripts/cem-dependencies.mjs';

export default {
  plugins: [dependenciesPlugin()],
};
