import type { Categoria } from './product.schema.js';
import type { NewProductRow } from './products.repository.js';

/** Plausible demo products for `cais db seed`: coherent names, prices and suppliers per category. */

interface Line {
  /** Each kind of product with the variants that make sense for it. */
  items: Record<string, string[]>;
  brands: string[];
  price: [number, number];
  details: string[];
}

const CATALOG: Record<Categoria, Line> = {
  Eletrônico: {
    items: {
      Smartphone: ['128 GB', '256 GB', '5G', 'Dual Chip'],
      Notebook: ['i5 8 GB', 'Ryzen 7 16 GB', '15,6"', 'SSD 512 GB'],
      Tablet: ['64 GB', '10,1"', 'Wi-Fi', 'com Caneta'],
      'Smart TV': ['43"', '50"', '55" 4K', '65" QLED'],
      'Fone de Ouvido': ['Bluetooth', 'com Cancelamento de Ruído', 'Sem Fio', 'Esportivo'],
      'Caixa de Som': ['Bluetooth', 'à Prova d’Água', 'Portátil', '40 W'],
      Monitor: ['24"', '27" QHD', 'Curvo 32"', '144 Hz'],
      Smartwatch: ['GPS', '44 mm', 'Preto', 'com Monitor Cardíaco'],
    },
    brands: [
      'Samsung',
      'Motorola',
      'Xiaomi',
      'LG',
      'Sony',
      'Apple',
      'Lenovo',
      'Dell',
      'JBL',
      'Philips',
    ],
    price: [89, 12_999],
    details: [
      'Garantia de 12 meses',
      'Bateria de longa duração',
      'Tela de alta resolução',
      'Inclui carregador',
      'Conexão USB-C',
    ],
  },
  Eletrodoméstico: {
    items: {
      Geladeira: ['Frost Free 375 L', 'Duplex 480 L', 'Inox', 'Branca'],
      Fogão: ['4 Bocas', '5 Bocas', 'de Piso', 'Cooktop'],
      'Micro-ondas': ['20 L', '30 L', 'Inox', '127 V'],
      'Máquina de Lava Roupa': ['12 kg', '15 kg', 'Lava e Seca', 'Inverter'],
      'Air Fryer': ['4 L', '5,5 L', 'Digital', 'Oven'],
      Liquidificador: ['1000 W', '12 Velocidades', 'Copo de Vidro', 'Turbo'],
      Aspirador: ['Vertical', 'Robô', 'de Pó 1400 W', 'sem Fio'],
      Cafeteira: ['Expresso', 'Elétrica 30 Xícaras', 'de Cápsula', 'Inox'],
    },
    brands: [
      'Brastemp',
      'Consul',
      'Electrolux',
      'Mondial',
      'Philco',
      'Arno',
      'Britânia',
      'Oster',
      'Midea',
      'Panasonic',
    ],
    price: [79, 8_999],
    details: [
      'Selo Procel A',
      'Baixo consumo de energia',
      'Fácil de limpar',
      'Timer digital',
      'Garantia de 1 ano',
    ],
  },
  Móveis: {
    items: {
      Sofá: ['3 Lugares', 'Retrátil e Reclinável', 'de Canto', '2 Lugares'],
      'Mesa de Jantar': ['4 Cadeiras', '6 Cadeiras', 'Redonda', 'Tampo de Vidro'],
      'Guarda-roupa': ['Casal 6 Portas', 'Solteiro 3 Portas', 'com Espelho', 'Portas de Correr'],
      Estante: ['para Livros', 'Home Theater', '5 Prateleiras', 'Industrial'],
      'Cama Box': ['Casal', 'Queen', 'King', 'Solteiro'],
      Escrivaninha: ['com Gavetas', 'Industrial', '120 cm', 'Compacta'],
      Poltrona: ['Decorativa', 'do Papai', 'Giratória', 'de Amamentação'],
      Cômoda: ['4 Gavetas', '6 Gavetas', 'com Sapateira', 'Infantil'],
    },
    brands: [
      'Madesa',
      'Politorno',
      'Kappesberg',
      'Etna',
      'Ortobom',
      'Linea Brasil',
      'Mobly',
      'Casatema',
      'Artely',
      'Tok Stok',
    ],
    price: [149, 7_499],
    details: [
      'Montagem simples',
      'Acabamento premium',
      'Pés de madeira',
      'MDF de alta densidade',
      'Entrega desmontada',
    ],
  },
  Roupas: {
    items: {
      Camiseta: ['Básica P', 'Estampada M', 'Gola V G', 'Oversized GG'],
      'Calça Jeans': ['Skinny 38', 'Reta 42', 'Mom 40', 'Slim 44'],
      Jaqueta: ['Jeans M', 'Corta-vento G', 'de Couro P', 'Puffer M'],
      Vestido: ['Midi P', 'Longo M', 'Floral G', 'Tubinho P'],
      'Camisa Social': ['Slim M', 'Manga Longa G', 'Xadrez P', 'Linho GG'],
      Bermuda: ['Sarja 40', 'Moletom M', 'Jeans 42', 'Tactel G'],
      Moletom: ['Canguru M', 'com Capuz G', 'Careca P', 'Ziper GG'],
    },
    brands: [
      'Hering',
      'Renner',
      'Reserva',
      'Colcci',
      'Farm',
      'Osklen',
      'Malwee',
      'Aramis',
      'Lacoste',
      'Levi’s',
    ],
    price: [29.9, 899],
    details: [
      '100% algodão',
      'Lavar à mão',
      'Modelagem confortável',
      'Tecido leve',
      'Coleção verão',
    ],
  },
  Calçados: {
    items: {
      Tênis: ['Casual 39', 'de Corrida 41', 'Branco 38', 'Cano Alto 42'],
      'Sapato Social': ['Couro 40', 'Oxford 42', 'Preto 41', 'Derby 43'],
      Sandália: ['Rasteira 35', 'de Salto 36', 'Papete 38', 'Plataforma 37'],
      Bota: ['Cano Curto 37', 'Coturno 39', 'Chelsea 41', 'de Couro 40'],
      Chinelo: ['Slide 38', 'Tradicional 40', 'Nuvem 36', 'Estampado 42'],
      Mocassim: ['Camurça 41', 'Couro 42', 'Drive 40', 'Caramelo 39'],
    },
    brands: [
      'Nike',
      'Adidas',
      'Olympikus',
      'Havaianas',
      'Melissa',
      'Arezzo',
      'Mizuno',
      'Vans',
      'Democrata',
      'Ferracini',
    ],
    price: [39.9, 1_299],
    details: [
      'Solado antiderrapante',
      'Palmilha macia',
      'Couro legítimo',
      'Leve e respirável',
      'Ideal para o dia a dia',
    ],
  },
};

const CATEGORIES = Object.keys(CATALOG) as Categoria[];

/** Small, seedable PRNG (mulberry32), so `--seed` reproduces a catalog exactly. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function demoProduct(random: () => number, now: number): NewProductRow {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const categoria = pick(CATEGORIES);
  const line = CATALOG[categoria];
  const brand = pick(line.brands);
  const item = pick(Object.keys(line.items));
  const first = Math.floor(random() * line.details.length);
  const second =
    (first + 1 + Math.floor(random() * (line.details.length - 1))) % line.details.length;
  const [low, high] = line.price;
  // Prices cluster towards the low end, with .90 or .99 endings as shops write them.
  const base = low + (high - low) * random() ** 2;
  const cents = pick(['90', '99', '00', '50']);
  const domain = brand
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  return {
    name: `${item} ${brand} ${pick(line.items[item] ?? [])}`,
    description:
      random() < 0.1 ? null : `${line.details[first] ?? ''}. ${line.details[second] ?? ''}.`,
    price: `${Math.floor(base)}.${cents}`,
    categoria,
    email_fornecedor: `${pick(['vendas', 'comercial', 'contato', 'pedidos'])}@${domain}.com.br`,
    // Spread over the last year, so sorting by date means something.
    created_at: new Date(now - Math.floor(random() * 365 * 24 * 3600 * 1000)),
  };
}
