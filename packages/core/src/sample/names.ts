import type { Prng } from './prng.js';
import type { SampleLanguage } from './sample-vocabulary.js';

/**
 * Invented names for people and companies. Common given names and surnames, combined at
 * random, so any resemblance to a real person or company is a coincidence of frequency.
 */

export type Gender = 'f' | 'm';

const GIVEN_NAMES: Record<SampleLanguage, Record<Gender, readonly string[]>> = {
  es: {
    f: [
      'Lucía',
      'María',
      'Carmen',
      'Laura',
      'Marta',
      'Paula',
      'Elena',
      'Sara',
      'Cristina',
      'Ana',
      'Irene',
      'Alba',
      'Nuria',
      'Raquel',
      'Beatriz',
      'Silvia',
      'Rocío',
      'Inés',
      'Patricia',
      'Claudia',
      'Noelia',
      'Pilar',
      'Julia',
      'Andrea',
      'Lorena',
      'Natalia',
      'Sonia',
      'Eva',
    ],
    m: [
      'Javier',
      'Daniel',
      'Carlos',
      'Alejandro',
      'David',
      'Pablo',
      'Sergio',
      'Jorge',
      'Adrián',
      'Álvaro',
      'Diego',
      'Manuel',
      'Raúl',
      'Iván',
      'Rubén',
      'Óscar',
      'Miguel',
      'Andrés',
      'Marcos',
      'Víctor',
      'Hugo',
      'Íñigo',
      'Fernando',
      'Jesús',
      'Alberto',
      'Guillermo',
      'Tomás',
    ],
  },
  en: {
    f: ['Emma', 'Olivia', 'Sophie', 'Grace', 'Hannah', 'Chloe', 'Emily', 'Megan', 'Lucy', 'Amy'],
    m: ['James', 'Oliver', 'Thomas', 'Daniel', 'Harry', 'Jack', 'George', 'Samuel', 'Ryan', 'Luke'],
  },
  pt: {
    f: [
      'Beatriz',
      'Mariana',
      'Inês',
      'Ana',
      'Joana',
      'Sofia',
      'Carolina',
      'Rita',
      'Catarina',
      'Leonor',
    ],
    m: [
      'João',
      'Tiago',
      'Pedro',
      'Rodrigo',
      'Miguel',
      'Gonçalo',
      'Diogo',
      'Rafael',
      'Bruno',
      'André',
    ],
  },
};

const SURNAMES: Record<SampleLanguage, readonly string[]> = {
  es: [
    'García',
    'Rodríguez',
    'González',
    'Fernández',
    'López',
    'Martínez',
    'Sánchez',
    'Pérez',
    'Gómez',
    'Martín',
    'Jiménez',
    'Ruiz',
    'Hernández',
    'Díaz',
    'Moreno',
    'Muñoz',
    'Álvarez',
    'Romero',
    'Alonso',
    'Gutiérrez',
    'Navarro',
    'Torres',
    'Domínguez',
    'Vázquez',
    'Ramos',
    'Gil',
    'Ramírez',
    'Serrano',
    'Blanco',
    'Molina',
    'Morales',
    'Suárez',
    'Ortega',
    'Delgado',
    'Castro',
    'Ortiz',
    'Rubio',
    'Marín',
    'Sanz',
    'Iglesias',
    'Medina',
    'Garrido',
    'Cortés',
    'Castillo',
    'Santos',
    'Lozano',
    'Guerrero',
    'Cano',
    'Prieto',
    'Méndez',
    'Cruz',
    'Calvo',
  ],
  en: [
    'Smith',
    'Jones',
    'Taylor',
    'Brown',
    'Williams',
    'Wilson',
    'Evans',
    'Walker',
    'Hughes',
    'Clarke',
    'Murphy',
    'Kelly',
  ],
  pt: [
    'Silva',
    'Santos',
    'Ferreira',
    'Pereira',
    'Oliveira',
    'Costa',
    'Rodrigues',
    'Martins',
    'Sousa',
    'Carvalho',
    'Lopes',
    'Ribeiro',
  ],
};

const COMPANY_TRADES: Record<SampleLanguage, readonly string[]> = {
  es: [
    'Distribuciones',
    'Talleres',
    'Construcciones',
    'Transportes',
    'Suministros',
    'Servicios',
    'Clínica',
    'Panadería',
    'Librería',
    'Ferretería',
    'Óptica',
    'Bodegas',
    'Muebles',
    'Instalaciones',
    'Gestoría',
    'Academia',
    'Farmacia',
    'Hostal',
    'Floristería',
    'Estudio',
  ],
  en: [
    'Harbour',
    'Northfield',
    'Riverside',
    'Bluebell',
    'Oakwood',
    'Kingsway',
    'Greenway',
    'Brightside',
  ],
  pt: [
    'Comercial',
    'Construções',
    'Transportes',
    'Padaria',
    'Farmácia',
    'Oficina',
    'Distribuição',
    'Serviços',
  ],
};

const COMPANY_PLACES: Record<SampleLanguage, readonly string[]> = {
  es: [
    'del Norte',
    'del Sur',
    'Levante',
    'Mediterráneo',
    'Atlántico',
    'Castilla',
    'Ibérica',
    'Andina',
    'del Valle',
    'Central',
  ],
  en: ['Foods', 'Logistics', 'Supplies', 'Trading', 'Studios', 'Partners', 'Engineering', 'Retail'],
  pt: [
    'do Norte',
    'Atlântico',
    'Lusitana',
    'do Tejo',
    'do Porto',
    'Central',
    'do Minho',
    'Paulista',
  ],
};

const COMPANY_FORMS: Record<SampleLanguage, readonly string[]> = {
  es: ['S.L.', 'S.A.', 'S.L.U.', 'y Asociados', 'S. Coop.'],
  en: ['Ltd', 'Ltd', 'LLC', 'Group'],
  pt: ['Lda.', 'S.A.', 'Ltda.', 'Unipessoal'],
};

const ENTERPRISE_PREFIXES: Record<SampleLanguage, string> = {
  es: 'Grupo',
  en: 'Group',
  pt: 'Grupo',
};

/** A given name and one surname (two for Spanish names, as on a Spanish ID card). */
export function personName(prng: Prng, language: SampleLanguage, gender: Gender): string {
  const given = prng.pick(GIVEN_NAMES[language][gender]);
  const surnames = SURNAMES[language];
  if (language !== 'es') return `${given} ${prng.pick(surnames)}`;
  const first = prng.pick(surnames);
  let second = prng.pick(surnames);
  if (second === first) second = prng.pick(surnames);
  return `${given} ${first} ${second}`;
}

/** A plausible small-business name, or a group name for large customers. */
export function companyName(prng: Prng, language: SampleLanguage, large: boolean): string {
  const surname = prng.pick(SURNAMES[language]);
  const trade = prng.pick(COMPANY_TRADES[language]);
  const place = prng.pick(COMPANY_PLACES[language]);
  if (large) {
    const prefix = ENTERPRISE_PREFIXES[language];
    return language === 'en' ? `${surname} ${place} ${prefix}` : `${prefix} ${surname} ${place}`;
  }
  const form = prng.pick(COMPANY_FORMS[language]);
  return prng.chance(0.5) ? `${trade} ${surname} ${form}` : `${trade} ${place} ${form}`;
}
