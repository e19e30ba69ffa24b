/**
 * Behavioral question frames, keyed by the words of a value or culture signal
 * that call for them. Generic data: any company's values land on one of these
 * or on the fallback.
 */
export interface QuestionFrame {
  signals: readonly string[];
  question: string;
}

export const QUESTION_FRAMES: readonly QuestionFrame[] = [
  { signals: ['freedom', 'responsibility', 'ownership', 'owner', 'autonomy', 'accountability', 'accountable'],
    question: 'Tell us about a time you took ownership of a problem nobody asked you to solve. What did you decide on your own, and how did you keep others informed?' },
  { signals: ['candid', 'candor', 'feedback', 'honest', 'honesty', 'keeper'],
    question: 'Describe a time you gave or received hard feedback. What did you say, and what changed afterwards?' },
  { signals: ['context', 'control', 'alignment', 'aligned', 'coupled', 'judgment', 'decision'],
    question: 'Tell us about a decision you made with incomplete context. How did you judge it, and who did you align with first?' },
  { signals: ['inclusion', 'inclusive', 'diversity', 'belonging', 'equity'],
    question: 'How have you made a team more inclusive, for example in how decisions or meetings are run?' },
  { signals: ['innovation', 'innovative', 'curiosity', 'curious', 'learning', 'experiment', 'risk', 'risks'],
    question: 'Tell us about an idea you tried that others doubted. How did you test it, and what did you learn?' },
  { signals: ['integrity', 'ethics', 'trust', 'correctness', 'correct'],
    question: 'Describe a time you pushed back because something was not right, even though it slowed things down.' },
  { signals: ['communication', 'written', 'writing', 'async', 'open', 'transparency', 'transparent'],
    question: 'Tell us about a time a misunderstanding hurt a project. How did you communicate differently afterwards?' },
  { signals: ['courage', 'bold', 'candour'],
    question: 'When did you say something unpopular because you believed it was right? What happened?' },
  { signals: ['selflessness', 'collaboration', 'collaborative', 'team', 'teams', 'together', 'cross', 'squads'],
    question: 'Describe a time you put the team’s goal ahead of your own work. What did you give up?' },
  { signals: ['excellence', 'craft', 'performance', 'quality', 'standards', 'bar'],
    question: 'What is the piece of work you are proudest of, and what did you do to raise its quality beyond what was asked?' },
  { signals: ['passion', 'mission', 'impact'],
    question: 'What about this company’s product would you work on even if nobody asked you to, and why?' },
  { signals: ['customer', 'customers', 'user', 'users', 'obsession'],
    question: 'Tell us about a time you changed a plan because of what you learned from customers.' },
  { signals: ['action', 'speed', 'fast', 'quickly', 'velocity', 'bias'],
    question: 'Describe a time you had to move fast with imperfect information. What shortcuts did you take, and which did you refuse?' },
  { signals: ['blameless', 'postmortem', 'postmortems', 'incident', 'incidents', 'failure'],
    question: 'Walk us through an incident or failure you were part of: what happened, what you owned, and what changed afterwards.' },
];

/** For a value that matches no frame. */
export const FALLBACK_FRAME = 'Give an example of how you have shown this at work, and what it cost you.';
