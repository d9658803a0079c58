// The page's only way to the data: POST /graphql, like any other client of the public API.
// A token pasted by the user is kept in localStorage and sent as "Authorization: Bearer …".

const TOKEN_KEY = 'liantu.token';

/** A failed request, with the API's error code when it gave one (extensions.code). */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export function savedToken() {
  return localStorage.getItem(TOKEN_KEY) || '';
}

/** Keeps the token without a leading "Bearer " (users paste either form); empty removes it. */
export function saveToken(text) {
  const token = (text || '').trim().replace(/^Bearer\s+/i, '');
  if (token) {
    localStorage.setItem(TOKEN_KEY, token);
  } else {
    localStorage.removeItem(TOKEN_KEY);
  }
  return token;
}

/** Runs one GraphQL operation and returns its data; throws ApiError with a message to act on. */
export async function graphql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const token = savedToken();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (failure) {
    throw new ApiError(`无法连接服务器：${failure.message}`, 'NETWORK');
  }
  if (response.status === 401) {
    throw new ApiError('需要登录令牌：请在右上角“令牌”中粘贴有效的令牌后重试（HTTP 401）', 'UNAUTHENTICATED');
  }
  if (response.status === 403) {
    throw new ApiError('当前令牌无权读取这些数据（HTTP 403）', 'FORBIDDEN');
  }
  let body;
  try {
    body = await response.json();
  } catch (failure) {
    throw new ApiError(`服务器返回了无法解析的应答（HTTP ${response.status}）`, 'HTTP');
  }
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    const code = first.extensions && first.extensions.code;
    throw new ApiError(first.message, code);
  }
  if (!response.ok || !body.data) {
    throw new ApiError(`服务器应答异常（HTTP ${response.status}）`, 'HTTP');
  }
  return body.data;
}
