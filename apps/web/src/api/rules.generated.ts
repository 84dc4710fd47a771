// Validation rules of the product and alert rule fields, read from the OpenAPI schema.
// Generated from the api's OpenAPI document by `npm run generate -w apps/web`: do not edit.

export const productRules = {
  "name": {
    "required": true,
    "nullable": false,
    "type": "string",
    "minLength": 1,
    "maxLength": 200,
    "pattern": "\\S"
  },
  "description": {
    "required": false,
    "nullable": true,
    "type": "string",
    "maxLength": 5000
  },
  "price": {
    "required": true,
    "nullable": false,
    "type": "number",
    "maximum": 9999999999.99,
    "exclusiveMinimum": 0,
    "x-decimal-places": 2
  },
  "categoria": {
    "required": true,
    "nullable": false,
    "type": "string",
    "enum": [
      "Eletrônico",
      "Eletrodoméstico",
      "Móveis",
      "Roupas",
      "Calçados"
    ]
  },
  "email_fornecedor": {
    "required": true,
    "nullable": false,
    "type": "string",
    "maxLength": 254,
    "format": "email"
  },
  "sku": {
    "required": false,
    "nullable": false,
    "type": "string",
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^\\S(.*\\S)?$"
  }
} as const;

/** The `email` format of ajv-formats (full mode), as the api validates it. */
export const EMAIL_PATTERN = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export const alertRuleRules = {
  "name": {
    "required": true,
    "nullable": false,
    "type": "string",
    "minLength": 1,
    "maxLength": 100,
    "pattern": "^[^\\u0000-\\u001f]+$"
  },
  "kind": {
    "required": true,
    "nullable": false,
    "type": "string",
    "enum": [
      "stale",
      "failed_runs",
      "credits_low",
      "price_above",
      "price_below",
      "price_move",
      "error_rate"
    ]
  },
  "symbol": {
    "required": false,
    "nullable": false,
    "type": "string",
    "pattern": "^[A-Za-z0-9]{1,20}$"
  },
  "convert": {
    "required": false,
    "nullable": false,
    "type": "string",
    "pattern": "^[A-Za-z0-9]{1,20}$"
  },
  "threshold": {
    "required": true,
    "nullable": false,
    "type": "number"
  },
  "window_minutes": {
    "required": false,
    "nullable": false,
    "type": "integer",
    "minimum": 1,
    "maximum": 10080
  },
  "min_requests": {
    "required": false,
    "nullable": false,
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
  },
  "plan_credits": {
    "required": false,
    "nullable": false,
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
  },
  "fire_after": {
    "required": false,
    "nullable": false,
    "type": "integer",
    "minimum": 1,
    "maximum": 100
  },
  "recover_after": {
    "required": false,
    "nullable": false,
    "type": "integer",
    "minimum": 1,
    "maximum": 100
  },
  "enabled": {
    "required": false,
    "nullable": false,
    "type": "boolean"
  }
} as const;

/** What each kind of alert rule uses, requires, and allows as its threshold. */
export const alertKindRules = {
  "stale": {
    "fields": [
      "symbol",
      "convert"
    ],
    "required": [],
    "threshold": {
      "maximum": 10000,
      "unit": "intervals"
    }
  },
  "failed_runs": {
    "fields": [],
    "required": [],
    "threshold": {
      "maximum": 100,
      "integer": true,
      "unit": "runs"
    }
  },
  "credits_low": {
    "fields": [
      "plan_credits"
    ],
    "required": [
      "plan_credits"
    ],
    "threshold": {
      "maximum": 100,
      "unit": "percent"
    }
  },
  "price_above": {
    "fields": [
      "symbol",
      "convert"
    ],
    "required": [],
    "threshold": {
      "unit": "price"
    }
  },
  "price_below": {
    "fields": [
      "symbol",
      "convert"
    ],
    "required": [],
    "threshold": {
      "unit": "price"
    }
  },
  "price_move": {
    "fields": [
      "symbol",
      "convert",
      "window_minutes"
    ],
    "required": [
      "window_minutes"
    ],
    "threshold": {
      "unit": "percent"
    }
  },
  "error_rate": {
    "fields": [
      "window_minutes",
      "min_requests"
    ],
    "required": [
      "window_minutes"
    ],
    "threshold": {
      "maximum": 100,
      "unit": "percent"
    }
  }
} as const;
