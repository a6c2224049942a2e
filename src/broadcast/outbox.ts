/**
 * The outbox as the broadcast modules see it: enqueuing, and what a chat that ends or moves does
 * to its queued rows. The statements live in the store (src/store/outbox.ts).
 */
export { blockQueuedForChat, enqueue, moveQueuedToChat, OUTBOX_STATUSES, type OutboxStatus, type OutgoingMessage } from "../store/outbox.js";
