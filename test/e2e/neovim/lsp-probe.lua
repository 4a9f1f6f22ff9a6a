-- Headless Neovim (0.7.x) as an independent LSP client of the Referat language server.
-- Run: nvim --headless --clean -u lsp-probe.lua FILE, with
--   REFERAT_NVIM_CMD       JSON array: the server command, e.g. ["node","dist/server.js","--stdio"]
--   REFERAT_NVIM_REQUESTS  JSON array of { name, method, params, capability? } (textDocument is filled
--                          in; a request whose server capability is absent is not sent)
--   REFERAT_NVIM_OUT       where to write the JSON result
--   REFERAT_NVIM_TIMEOUT   ms for each wait (default 10000)
-- Result: { capabilities, responses = { name = { result, err } }, diagnostics = [params...], error? }
-- Exits 0 when it wrote a result, 1 on a Lua error (also written to the result when possible).

local out_path = os.getenv('REFERAT_NVIM_OUT')
local timeout = tonumber(os.getenv('REFERAT_NVIM_TIMEOUT') or '10000')
local result = { responses = vim.empty_dict(), diagnostics = {}, events = {} }

local function event(msg)
  table.insert(result.events, string.format('%d %s', vim.loop.now(), msg))
end

local function write_result()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.json.encode(result))
  f:close()
end

local function main()
  local cmd = vim.json.decode(os.getenv('REFERAT_NVIM_CMD'))
  local requests = vim.json.decode(os.getenv('REFERAT_NVIM_REQUESTS') or '[]')
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  result.uri = uri
  event('buffer ' .. uri .. ' lines=' .. vim.api.nvim_buf_line_count(bufnr))

  local client_id = vim.lsp.start_client({
    name = 'referat',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        table.insert(result.diagnostics, params)
        event('publishDiagnostics ' .. tostring(params.uri) .. ' n=' .. #(params.diagnostics or {}))
      end,
    },
    on_exit = function(code, signal)
      event('server exited code=' .. tostring(code) .. ' signal=' .. tostring(signal))
    end,
  })
  if not client_id then error('vim.lsp.start_client returned nil') end
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(timeout, function() return client.initialized end, 20) then
    error('the server did not finish initialize within ' .. timeout .. ' ms')
  end
  event('initialized')
  result.capabilities = client.server_capabilities

  for _, req in ipairs(requests) do
    if req.capability and not (client.server_capabilities or {})[req.capability] then
      -- Do not wait out the timeout for a request the server said it does not answer.
      result.responses[req.name] = { err = 'server does not advertise ' .. req.capability }
      goto continue
    end
    local params = req.params or {}
    params.textDocument = { uri = uri }
    local responses, err = vim.lsp.buf_request_sync(bufnr, req.method, params, timeout)
    local entry = { err = err }
    if responses and responses[client_id] then
      entry.result = responses[client_id].result
      entry.err = responses[client_id].err or err
    elseif err == nil then
      entry.err = 'no response'
    end
    result.responses[req.name] = entry
    event('response ' .. req.name)
    ::continue::
  end

  -- Neovim 0.7 only takes pushed diagnostics. Should the server offer pull diagnostics
  -- (LSP 3.17 diagnosticProvider), ask once and record the answer as if pushed.
  local caps = client.server_capabilities or {}
  if caps.diagnosticProvider then
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/diagnostic', { textDocument = { uri = uri } }, timeout)
    local r = responses and responses[client_id] and responses[client_id].result
    if r and r.items then
      table.insert(result.diagnostics, { uri = uri, diagnostics = r.items, pulled = true })
      event('pulled diagnostics n=' .. #r.items)
    end
  end

  -- Diagnostics are pushed: wait for them for this buffer (an empty list counts as arrived).
  local got = vim.wait(timeout, function()
    for _, d in ipairs(result.diagnostics) do
      if d.uri == uri then return true end
    end
    return false
  end, 20)
  result.diagnosticsArrived = got

  client.stop()
  vim.wait(2000, function() return client.is_stopped() end, 20)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    vim.schedule(function()
      local ok, err = pcall(main)
      if not ok then result.error = tostring(err) end
      local wrote = pcall(write_result)
      if ok and wrote then vim.cmd('qall!') else vim.cmd('cquit 1') end
    end)
  end,
})
