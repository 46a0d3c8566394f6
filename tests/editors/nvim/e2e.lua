-- Headless Neovim as a Literalist user: open a prompt, attach `literalist server` over stdio, and
-- check diagnostics, hover, a quick fix, the re-lint, and a settings change.
-- Env: LSP_CMD (JSON argv), TARGET (file to open), SPEC (JSON expectations, see spec.json),
--      RESULT (JSON written here), TIMEOUT_MS (per wait).
-- Exit: 0 ok, 1 an expectation failed, 2 Lua error, 3 timeout. RESULT says which and why.
local uv = vim.uv or vim.loop
local out = { steps = {} }
local t0 = uv.hrtime()
local function ms() return math.floor((uv.hrtime() - t0) / 1e6) end

local function finish(code)
  out.exit_code = code
  out.t_total_ms = ms()
  local f = assert(io.open(os.getenv('RESULT'), 'w'))
  f:write(vim.json.encode(out))
  f:close()
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

-- error() with a table carries an exit code through xpcall
local function fail(code, msg) error({ code = code, msg = msg }, 0) end
local function check(cond, msg) if not cond then fail(1, msg) end end
local function step(name) table.insert(out.steps, { name = name, t_ms = ms() }) end

local function read_json(path)
  local f = assert(io.open(path, 'r'))
  local s = f:read('*a')
  f:close()
  return vim.json.decode(s)
end

local spec = read_json(os.getenv('SPEC'))
local timeout = tonumber(os.getenv('TIMEOUT_MS') or '15000')
local bufnr, client_id, client, enc

local function lsp_code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

-- The text a diagnostic covers, from its (byte) columns: proves the server's UTF-16 ranges were
-- converted correctly, emoji included.
local function covered(d)
  local lines = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.end_lnum + 1, false)
  if #lines == 1 then return lines[1]:sub(d.col + 1, d.end_col) end
  lines[1] = lines[1]:sub(d.col + 1)
  lines[#lines] = lines[#lines]:sub(1, d.end_col)
  return table.concat(lines, '\n')
end

local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      code = lsp_code(d), source = d.source, message = d.message, text = covered(d), raw = d })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

local function find(list, want)
  for _, d in ipairs(list) do
    if d.text == want.text and (want.code == nil or vim.startswith(tostring(d.code), want.code)) then return d end
  end
end

local function summary(list)
  local s = {}
  for _, d in ipairs(list) do table.insert(s, string.format('%s@%d:%d %q', tostring(d.code), d.lnum, d.col, d.text)) end
  return table.concat(s, ', ')
end

-- Wait until pred() holds; the diagnostics are re-read on each tick.
local function wait_for(what, pred)
  local ok = vim.wait(timeout, pred, 20)
  if not ok then fail(3, 'timeout after ' .. timeout .. ' ms waiting for ' .. what .. '; diagnostics now: ' .. summary(diagnostics())) end
end

local function request(method, params)
  local res, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  if not res then fail(3, method .. ': no answer (' .. tostring(err) .. ')') end
  local r = res[client_id]
  if not r then fail(3, method .. ': no answer from the literalist client') end
  if r.err then fail(1, method .. ': error ' .. vim.inspect(r.err)) end
  return r.result
end

local function range_params(d)
  local p = vim.lsp.util.make_given_range_params({ d.lnum + 1, d.col }, { d.end_lnum + 1, d.end_col }, bufnr, enc)
  -- nvim >= 0.8 keeps the LSP diagnostic in user_data.lsp; 0.7 rebuilds it per line
  local lspd = d.raw.user_data and d.raw.user_data.lsp
  p.context = { diagnostics = (lspd and lspd.range) and { lspd } or vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum) }
  return p
end

local function hover_text(result)
  local c = result and result.contents
  if type(c) == 'string' then return c end
  if type(c) == 'table' and c.value then return c.value end
  if type(c) == 'table' then
    local parts = {}
    for _, x in ipairs(c) do table.insert(parts, type(x) == 'string' and x or x.value) end
    return table.concat(parts, '\n')
  end
  return ''
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('TARGET')))
  bufnr = vim.api.nvim_get_current_buf()
  local settings = { literalist = spec.settings or vim.empty_dict() }
  local cfg = {
    name = 'literalist',
    cmd = vim.json.decode(os.getenv('LSP_CMD')),
    root_dir = vim.fn.fnamemodify(os.getenv('TARGET'), ':p:h'),
    settings = settings, -- answers workspace/configuration
    init_options = settings,
  }
  if vim.lsp.start then -- nvim >= 0.8
    client_id = vim.lsp.start(cfg, { bufnr = bufnr })
  else -- nvim 0.7
    client_id = vim.lsp.start_client(cfg)
    if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  end
  if not client_id then fail(2, 'the language client did not start') end

  -- 1. diagnostics on open, on the right words (one of them after an emoji)
  wait_for('the expected diagnostics', function()
    local list = diagnostics()
    for _, want in ipairs(spec.diagnostics) do if not find(list, want) then return false end end
    return true
  end)
  client = vim.lsp.get_client_by_id(client_id)
  enc = client.offset_encoding or 'utf-16'
  local before = diagnostics()
  out.diagnostics = {}
  for _, d in ipairs(before) do
    check(d.source == 'literalist', 'diagnostic source is ' .. tostring(d.source))
    table.insert(out.diagnostics, { code = d.code, lnum = d.lnum, col = d.col, text = d.text, message = d.message })
  end
  for _, absent in ipairs(spec.not_flagged or {}) do
    for _, d in ipairs(before) do check(not d.text:find(absent, 1, true), 'flagged but should not be: ' .. absent .. ' (' .. tostring(d.code) .. ')') end
  end
  step('diagnostics')

  -- 2. hover over a flagged word explains how the model reads it
  local target = find(before, spec.fix)
  check(target ~= nil, 'no diagnostic on ' .. spec.fix.text)
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local hp = vim.lsp.util.make_position_params(0, enc)
  out.hover = hover_text(request('textDocument/hover', hp))
  for _, needle in ipairs(spec.hover_contains) do
    check(out.hover:find(needle, 1, true), 'hover lacks "' .. needle .. '": ' .. out.hover)
  end
  -- and nothing on unflagged text
  vim.api.nvim_win_set_cursor(0, { spec.plain_position[1] + 1, spec.plain_position[2] })
  local plain = request('textDocument/hover', vim.lsp.util.make_position_params(0, enc))
  check(plain == nil or hover_text(plain) == '', 'hover on unflagged text: ' .. hover_text(plain))
  step('hover')

  -- 3. the quick fix, applied as Neovim applies a workspace edit
  local actions = request('textDocument/codeAction', range_params(target)) or {}
  out.code_actions = {}
  local chosen
  for _, a in ipairs(actions) do
    table.insert(out.code_actions, a.title)
    if a.title == spec.fix.title then chosen = a end
  end
  check(chosen, 'no code action "' .. spec.fix.title .. '" in ' .. vim.inspect(out.code_actions))
  check(chosen.isPreferred == true, 'the fix is not the preferred action')
  check(chosen.edit, 'the fix carries no edit')
  vim.lsp.util.apply_workspace_edit(chosen.edit, enc)
  out.line_after_fix = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
  check(out.line_after_fix == spec.fix.line_after, 'line after the fix: ' .. vim.inspect(out.line_after_fix))
  step('code action')

  -- 4. the server re-lints the edited buffer: that finding is gone, the others stay
  local gone = { text = spec.fix.text, code = spec.fix.code }
  -- stale diagnostics stay (with shifted text) until the server publishes again: wait for a
  -- re-published set with exactly one finding fewer and none of that rule left on that line
  wait_for('the re-lint without the fixed finding', function()
    local list = diagnostics()
    if #list ~= #before - 1 then return false end
    for _, d in ipairs(list) do
      if d.lnum == target.lnum and tostring(d.code) == tostring(target.code) then return false end
    end
    return true
  end)
  out.diagnostics_after_fix = {}
  for _, d in ipairs(diagnostics()) do table.insert(out.diagnostics_after_fix, string.format('%s %q', tostring(d.code), d.text)) end
  -- the other findings are still there (only the fixed one went away)
  for _, want in ipairs(spec.diagnostics) do
    if not (want.text == gone.text and want.code == gone.code) then
      check(find(diagnostics(), want), 'lost after the fix: ' .. want.text)
    end
  end
  step('re-lint')

  -- 5. a settings change (ignore a family) reaches the server and re-lints
  if spec.ignore then
    settings.literalist = vim.tbl_extend('force', settings.literalist, { ignore = { spec.ignore } })
    client.config.settings = settings
    client.notify('workspace/didChangeConfiguration', { settings = settings })
    wait_for('no ' .. spec.ignore .. ' finding after ignoring it', function()
      local list = diagnostics()
      for _, d in ipairs(list) do if vim.startswith(tostring(d.code), spec.ignore) then return false end end
      return #list > 0 or spec.ignore_leaves_none
    end)
    out.diagnostics_after_ignore = #diagnostics()
    step('setting')
  end

  local v = vim.version()
  out.nvim = v.major .. '.' .. v.minor .. '.' .. v.patch
  out.offset_encoding = enc
  finish(0)
end

local ok, err = xpcall(run, function(e)
  if type(e) == 'table' then return e end
  return { code = 2, msg = debug.traceback(tostring(e)) }
end)
if not ok then
  out.error = err.msg
  finish(err.code)
end
