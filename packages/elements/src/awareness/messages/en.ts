import type { AwarenessCatalogue } from './index.js';

export const awarenessEn: AwarenessCatalogue = {
  title: 'When you notice something',
  intro:
    'The people who can tell that something is different are the ones nearby, in everyday work and life. No qualification is needed. Any one of the four roles below is already a great support for the person.',
  rolesHeading: 'Four roles',
  roles: {
    notice: { name: 'Notice and say hello', text: 'When someone seems different, speak to them casually.' },
    listen: { name: 'Listen', text: 'Listen first, without interrupting or judging.' },
    connect: {
      name: 'Connect',
      text: 'Tell them where they can talk to someone, and pass on what you noticed to the ward if needed.',
    },
    watch: { name: 'Keep an eye out', text: 'Afterwards, keep greeting them as usual.' },
  },
  example: 'For example',
  audiences: {
    shop: {
      label: 'Shops and businesses',
      notice: 'A daily customer suddenly stops coming, wears the same clothes for days, or struggles to pay.',
      listen: 'When the till is quiet, ask "How have you been?" and give them time to answer.',
      connect:
        'Hand over the help card at the counter. Pass on a worry with "Tell us what you noticed" below.',
      watch: 'Next time, welcome them as you always do.',
    },
    delivery: {
      label: 'Delivery and meter reading',
      notice:
        'Mail or newspapers piling up, an electricity or gas meter that has stopped, shutters closed for days.',
      listen: 'If you meet them at the door, ask "Is everything all right?" Do not go inside.',
      connect: 'If you are worried, follow your company\u2019s rules and tell the ward\u2019s window.',
      watch: 'Keep an eye out on your next round too.',
    },
    school: {
      label: 'Teachers and school staff',
      notice:
        'More absences or late arrivals, a child eating lunch very fast, changes in clothes or belongings.',
      listen: 'At a quiet time, such as after class, let the child talk without interrupting.',
      connect:
        'Do not carry it alone: share it at school, and connect the family\u2019s difficulties to the ward.',
      watch: 'After any consultation, keep talking to the child as usual.',
    },
    neighbour: {
      label: 'NPOs and neighbours',
      notice: 'You have not seen them lately, their rubbish habits changed, loud voices or noises at night.',
      listen: 'While chatting, listen at their pace.',
      connect: 'Say "I heard there is a place you can ask". Tell the ward about what worries you.',
      watch: 'Stay in touch through events and greetings.',
    },
  },
  sayHeading: 'When you speak to someone',
  say: {
    open: 'Ask questions that are easy to answer: "How have you been?", "Is there anything I can help with?"',
    thanks: 'If they talk, say "Thank you for telling me."',
    pace: 'Allow silence. Do not rush them.',
  },
  avoidHeading: 'Things to avoid',
  avoid: {
    dismiss: 'Making the worry small: "Over that?", "Everyone has it hard."',
    lecture: 'Lecturing, or rushing to tell them what they should do.',
    secret:
      'Promising "I won\u2019t tell anyone" when you cannot keep it. When life or safety is at stake, it must be passed on.',
  },
  urgentHeading: 'When to call right away',
  urgentIntro:
    'If someone\u2019s life or body is in danger, if someone is being hurt, or if a child is at risk, call instead of sending a report.',
  nextHeading: 'Pass on what you noticed to the ward',
  nextText:
    'You can tell the ward\u2019s staff about a person you are worried about, even without knowing their name. If it is not urgent, use this page.',
  nextLink: 'Tell us what you noticed',
  selfCheck: {
    title: 'A five-minute self-check',
    intro:
      'Here are five everyday situations. Choose what you would do. There is no score, and nothing you choose is sent anywhere.',
    situationHeading: (n: number, total: number) => `Situation ${n} of ${total}`,
    suggested: 'This is the response we suggest.',
    another: 'There is another way to look at it.',
    reset: 'Start again',
    done: 'That is all. Taking on any one of the roles is already a great support.',
  },
  situations: {
    regular: {
      text: 'A regular customer who comes every day looks thinner and tired lately.',
      answers: {
        ask: {
          label: 'Casually ask "How have you been?"',
          feedback: 'A casual word can be the start of a conversation.',
        },
        leave: {
          label: 'Do nothing: it is a private matter',
          feedback: 'Hesitating is natural. Even a greeting is a way of keeping an eye out.',
        },
        lecture: {
          label: 'Tell them "You need to eat properly"',
          feedback:
            'Even when it comes from concern, being told off makes it harder to talk. Ask how they are first.',
        },
      },
    },
    refuses: {
      text: 'You spoke to someone and they said "I\u2019m fine, leave me alone."',
      answers: {
        push: {
          label: 'Press on: "You don\u2019t look fine"',
          feedback: 'Pressing can make them avoid you next time.',
        },
        respect: {
          label: 'Say "Talk to me any time" and keep an eye out',
          feedback: 'Even if they say no, knowing someone cares is a support.',
        },
        promise: {
          label: 'Promise "I\u2019ll sort it out if anything happens"',
          feedback: 'You do not have to carry it alone. Telling them about a window helps them more.',
        },
      },
    },
    mail: {
      text: 'A week of mail has piled up in a letterbox on your round.',
      answers: {
        report: {
          label: 'Follow your company\u2019s rules and tell the ward\u2019s window',
          feedback: 'Passing on what you noticed is an important act of connecting.',
        },
        break_in: {
          label: 'Go inside to check, because you are worried',
          feedback: 'Going in yourself is dangerous. If it is urgent call 110; otherwise tell the ward.',
        },
        wait: {
          label: 'Do nothing: they may be travelling',
          feedback: 'They may be. If it goes on, it is fine to tell the ward.',
        },
      },
    },
    child: {
      text: 'A child says "I don\u2019t want to go home. I get hit."',
      answers: {
        call_189: {
          label: 'Listen, thank them, and call 189 (child guidance) right away',
          feedback:
            'The child\u2019s safety comes first. 189 answers 24 hours, and you need not give your name.',
        },
        later: {
          label: 'Wait and see today, ask again another time',
          feedback: 'It took courage for the child to say it. Connect them the same day.',
        },
        ask_parents: {
          label: 'Ask the parents directly',
          feedback: 'It can put the child in more danger. Call 189 first.',
        },
      },
    },
    secret: {
      text: 'Saying "Don\u2019t tell anyone", someone tells you they want to die.',
      answers: {
        keep: {
          label: 'Promise, and tell no one',
          feedback:
            'Do not carry something life-threatening alone. Say honestly that you cannot promise to keep it secret.',
        },
        explain: {
          label:
            'Thank them for telling you, and say "You matter to me, so I want to connect you with someone who can help"',
          feedback: 'Exactly. Try calling the Inochi no Denwa line or the ward\u2019s window together.',
        },
        change_topic: {
          label: 'Change to a cheerful topic to lift their spirits',
          feedback: 'Changing the subject can make them feel unheard. Listen first.',
        },
      },
    },
  },
};
