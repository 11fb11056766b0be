export { createChatServer } from './server.mjs';
export { addAgent, hashPassword, verifyPassword } from './accounts.mjs';
export { openStore, hashToken, newToken } from './store/index.mjs';
export { createCatalogue, loadCatalogue, SAMPLE_SERVICES } from './catalogue.mjs';
export { botReply } from './bot.mjs';
export { fold, words, distance } from './fold.mjs';
export { rateLimiter } from './rate-limit.mjs';
export { parseFrame, checkAttachment, ATTACHMENT_TYPES, PROTOCOL_VERSION } from './protocol.mjs';
