import { defineAnswerRule } from '../../../engine/rule';
import { pattern } from '../../lexicon';
import { NOT_ABOUT_THE_POLICY } from '../../lexicon/disclaimers';

// A notice offered to the person ("provide you with reasonable notice"), and the changes it must name.
const TO_YOU = String.raw`(?:provide|give|send|display)\s+(?:you|users)\s+(?:with\s+)?(?:\w+\s+){0,2}`;
const CHANGE_WORDS = '(?:changes?|modifications?|amendments?|revisions?|updates?)';

// Users are told of material changes: by email, by a prominent notice, or asked to consent.
export default defineAnswerRule({
  id: 'notify-of-changes',
  question: 'change-notice',
  says: 'yes',
  // A notice of something changing: not a notice "clearly and conspicuously displayed" that a law asks for.
  about: [/\b(?:chang|modif|amend|revis|updat)\w*/i],
  patterns: [
    {
      re: /\b(?:(?:notify|inform|alert|tell|e-?mail|contact)\s+(?:you|users|our users|members|visitors)|(?<=\b(?:users|members|customers)\b[^.;]{0,40})(?:notify|inform|alert)(?:ing)?\s+them)\b[^.;]{0,120}\b(?:changes?|modif(?:y|ications?)|amendments?|revisions?|updates?)\b/i,
      reason: 'notify-of-changes',
    },
    {
      re: /\b(?:changes?|modifications?|amendments?|revisions?|updates?)\b[^.;]{0,120}\b(?:notify|inform|alert|tell)\s+(?:you|users|members)\b/i,
      reason: 'changes-then-notify',
    },
    {
      re: /\b(?:prominent(?:ly)?|conspicuous(?:ly)?)\s+(?:notice|post|posting|display)/i,
      reason: 'prominent-notice',
    },
    // A notice where people will see it: "we will post a notification and link on our homepage".
    {
      re: /\b(?:post (?:a )?(?:notification|notice)|(?:notification|notice) (?:on|at))\b[^.;]{0,40}\b(?:home ?page|front page|main page)\b/i,
      reason: 'notice-on-home-page',
    },
    {
      re: /\b(?<!marketing |promotional |advertising )(?:material(?:ly)?|significant)\b(?!s)[^.;]{0,80}\b(?:e-?mail|notice|notif(?:y|ication)|your consent|opt-?in)\b/i,
      reason: 'material-change-notice',
    },
    // "we will provide you with reasonable notice of any material changes", "in-app notification".
    {
      re: pattern(String.raw`\b${TO_YOU}(?:notice|notification|e-?mail)\b[^.;]{0,60}\b${CHANGE_WORDS}\b`),
      reason: 'notice-to-you-of-changes',
    },
    {
      re: pattern(
        String.raw`\b${CHANGE_WORDS}\b[^.;]{0,120}\b(?:${TO_YOU}(?:notice|notification)|in[- ](?:app|product) (?:notice|notification|message)s?)\b`,
      ),
      reason: 'changes-with-notice-to-you',
    },
    // "Changes will be posted on this page and, where appropriate, notified to you by email."
    {
      re: pattern(
        String.raw`\b${CHANGE_WORDS}\b[^.;]{0,120}\b(?:(?:notified|informed|alerted)\s+(?:to\s+you\s+)?(?:by|via|through)\s+(?:e-?mail|in-app|an? (?:e-?mail|notice|notification|message))|(?:notified|communicated)\s+to\s+you\b)`,
      ),
      reason: 'changes-notified-by-email',
    },
    // "We will provide notice of any such changes": a notice, whoever it is addressed to.
    {
      re: pattern(
        String.raw`\b(?:provide|give|send|issue)\s+(?:\w+\s+){0,2}(?:notice|notification)s?\s+(?:of|about|regarding)\s+(?:\w+\s+){0,3}${CHANGE_WORDS}\b`,
      ),
      reason: 'provide-notice-of-changes',
    },
    // The gerund names the notice only with what changes: "notifying you about changes to our terms or
    // policies" (a purpose of processing), "we may change this policy by notifying users by email"; not
    // "informing you about promotions, offers, updates".
    {
      re: pattern(
        String.raw`\b(?:notifying|informing|alerting|e-?mailing)\s+(?:you|users|members|customers|them)\s+(?:of|about|regarding)\s+(?:\w+\s+){0,2}${CHANGE_WORDS}\s+(?:to|of|in)\s+(?:our|this|the|these|its)\s+(?:[\w-]+\s+){0,4}?(?:polic(?:y|ies)|terms|notices?|statements?)\b`,
      ),
      reason: 'notifying-of-policy-changes',
    },
    {
      re: /\b(?:chang|modif|amend|revis|updat)\w*\s+(?:\w+\s+){0,4}?(?:policy|statement|notice|terms)\b[^.;]{0,40}\bby (?:notifying|informing|alerting|e-?mailing|contacting) (?:you|users|members)\b/i,
      reason: 'change-by-notifying',
    },
    // "Notice of such changes may include notice by email."
    {
      re: pattern(
        String.raw`\b(?:notices?|notifications?)\s+of\s+(?:\S+\s+){0,3}?${CHANGE_WORDS}\b[^.;]{0,40}\b(?:include|by|via|through)\b[^.;]{0,30}\be-?mail`,
      ),
      reason: 'notice-of-changes-by-email',
    },
    // The notice as the subject: "notifications of such changes will be sent to you by email".
    {
      re: pattern(
        String.raw`\b(?:notices?|notifications?|e-?mails?|messages?)\s+(?:of|about|regarding)\s+(?:\S+\s+){0,3}?${CHANGE_WORDS}\b[^.;]{0,60}\b(?:be|are|is)\s+(?:sent|e-?mailed|delivered)\b`,
      ),
      reason: 'notice-of-changes-sent',
    },
    // Policy changes among what the person is sent: "emails providing notifications such as changes to our
    // terms or privacy policy changes".
    {
      re: pattern(
        String.raw`\b(?:notifications?|notices?|e-?mails?|messages?)\b[^.;]{0,40}\b(?:such as|including|like)\b[^.;]{0,40}\b(?:privacy (?:policy|notice|statement)|data protection (?:policy|notice))\s+${CHANGE_WORDS}`,
      ),
      reason: 'policy-changes-among-notifications',
    },
  ],
  // A date or label on the page itself is no notice, nor is "notifying" by posting the new version there
  // (posted-on-this-page reads those). "On the effective date of the changes" is when, not how.
  unless: [
    NOT_ABOUT_THE_POLICY,
    /"updated"|\bdate of (?:the )?last update\b|\b(?:updat|chang|revis|modif)\w* (?:the |its |our )?["“]?(?:effective|last updated|last revised|revision)["”]? date\b/i,
    /\bby (?:posting|publishing|placing|uploading) (?:the |a |an )?(?:modified|revised|updated|new|amended|changed|current) (?:version|policy|privacy policy|notice|statement)\b(?![^.;]*\b(?:e-?mail|notification|banner|home ?page|in-app|other means|directly)\b)/i,
    // A notice before using data for new purposes is about data use, not about the policy's changes.
    /\bmaterially (?:different|incompatible|unrelated)\b|\bfor (?:\w+ ){0,3}(?:new|different|incompatible|unrelated) purposes\b/i,
  ],
  examples: {
    yes: [
      "If we make an important change, we will post a notification and link on our Website's homepage.",
      'Important changes to this policy will be notified to you in the app.',
      'Notice of such changes may include notice by email to the address you registered with.',
      'We process contact data to manage customers, such as notifying them of changes to our legal notices.',
      'Before major changes apply, we will send users an in-app message notifying them of the changes to this policy.',
      "Changes take effect after a notification on the website's home page explaining them.",
      'If we make material changes, we will notify you by email.',
      'If we make changes, we will notify you by revising the date at the top and, if they are significant, we will provide you with additional notice.',
      'If we make any material change to this policy, we will notify you by posting a notice on our site.',
      'We will post a prominent notice on our home page before changes take effect.',
      'If we make material changes, we will notify you by email prior to or on the effective date of the changes.',
      'Where appropriate, we will provide you with reasonable notice of any material changes.',
      'We will provide notice of any such changes as required by law.',
      'Any changes will be posted on this page and, where appropriate, notified to you by email.',
      'We will notify you of material changes by posting the revised policy on this website and, where necessary, by other means.',
      'Notifications of any such amendments will be sent to registered users by email.',
      'We reserve the right to change this policy by notifying users through a notice on our site or by email.',
      'We send members messages for important notifications, such as privacy policy updates.',
      'We process your email address for notifying you about changes to our terms or policies.',
    ],
    no: ['We will not notify you of changes to this policy.'],
    noMatch: [
      'We may change this policy from time to time.',
      'We will notify you of changes by posting the modified version on our website.',
      'We will provide notice of changes by posting the updated policy on this page.',
      'We will not use your data for materially different purposes without providing you notice.',
      'We may send you a notification if we detect suspicious activity on your account.',
      'We use your data to send you email and electronic newsletters.',
      'We use your profile data to notify you of updates to the app so you can keep using the service.',
      'We may send you marketing material via SMS, post and email if you have given us your consent.',
      'You will be notified via email and a prominent notice if a transaction takes place.',
      'Notice of any revision of this policy will be posted on our websites.',
      'We send messages such as product updates and offers.',
      'This includes informing you about promotions, offers, updates, and new products that might interest you.',
    ],
  },
});
