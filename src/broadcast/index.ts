/** Subscriptions and award announcements: what the bot layer and the import CLI use. */
export { enqueueAnnouncements, importAnnouncing, computeAnnouncements, type AnnouncementOptions, type AnnouncementSummary, type ResultFact } from "./announcements.js";
export {
  enqueueManualAnnouncement,
  MAX_MANUAL_TEXT,
  newAnnouncementId,
  recipientsOf,
  renderManualAnnouncement,
  type Audience,
  type ManualAnnouncement,
  type Recipient,
} from "./manual.js";
export { enqueue, type OutgoingMessage } from "../store/outbox.js";
export { startSender, status, type OutboxStatus, type RunningSender, type SenderOptions, type SenderStats } from "./sender.js";
export {
  allSubscribers,
  endChat,
  listSubscriptions,
  moveChat,
  subscribe,
  subscribersOf,
  unsubscribe,
  unsubscribeAll,
  MAX_SUBSCRIPTIONS_PER_CHAT,
  type NewSubscription,
  type SubscribeResult,
  type Subscription,
} from "../store/subscriptions.js";
export { deepLink, startPayload, type ChatType, type Target, type TargetKind } from "./targets.js";
export { telegramTransport, type TelegramTransportOptions } from "./telegram-transport.js";
export { SendError, classifyBotApiError, type SendFailure, type Transport } from "./transport.js";
