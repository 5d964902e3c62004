-- The gateway's write limits. Each policy allows a number of requests a minute per key: a client address for
-- the anonymous writes (registrations, comments), a credential for every write that carries one (the hash of an
-- Authorization header, of an X-API-Key header). The count is a fixed window that opens with a key's first
-- request and lasts a minute, kept in a shared dictionary that every worker sees, so that each answer can say
-- how many requests are left and when the window ends, as draft-ietf-httpapi-ratelimit-headers has it:
--   RateLimit-Policy: "comments";q=20;w=60
--   RateLimit: "comments";r=19;t=60
-- nginx's limit_req keeps that count to itself, hence Lua.
local M = {}

local WINDOW = 60
local WRITES = { POST = true, PUT = true, PATCH = true, DELETE = true }
local counters = ngx.shared.rate_limits
local quotas = {}

-- Requests a minute by policy name, from the settings deploy/local renders into the configuration.
function M.configure(settings)
    for name, quota in pairs(settings) do
        quotas[name] = quota
    end
end

local function credential(value)
    return ngx.encode_base64(ngx.sha1_bin(value))
end

-- Counts one request against a policy; nil when the count could not be kept (the request then goes through).
local function count(name, key)
    local id = name .. ":" .. key
    local used, err = counters:incr(id, 1, 0, WINDOW)
    if not used then
        ngx.log(ngx.ERR, "rate limit ", name, " not counted: ", err)
        return nil
    end
    local left = counters:ttl(id)
    return {
        id = id,
        name = name,
        quota = quotas[name],
        used = used,
        reset = math.max(1, math.ceil(left or WINDOW)),
    }
end

-- The access phase of every location: anonymous_policy names the per-address limit of the location's POSTs, or is
-- empty.
function M.check(anonymous_policy)
    -- An error page (the 429 itself) is an internal redirect of a request already counted.
    if ngx.req.is_internal() or not WRITES[ngx.req.get_method()] then
        return
    end
    local counted = {}
    if anonymous_policy and anonymous_policy ~= "" and ngx.req.get_method() == "POST" then
        counted[#counted + 1] = count(anonymous_policy, ngx.var.binary_remote_addr)
    end
    local token = ngx.var.http_authorization
    if token and token ~= "" then
        counted[#counted + 1] = count("token-writes", credential(token))
    end
    local key = ngx.var.http_x_api_key
    if key and key ~= "" then
        counted[#counted + 1] = count("api-key-writes", credential(key))
    end
    if #counted == 0 then
        return
    end

    local refused
    for _, policy in ipairs(counted) do
        if policy.used > policy.quota and (not refused or policy.reset > refused.reset) then
            refused = policy
        end
    end
    local limits, policies = {}, {}
    for _, policy in ipairs(counted) do
        if refused and policy.used <= policy.quota then
            -- A request another policy refuses does not spend this one's allowance.
            counters:incr(policy.id, -1)
            policy.used = policy.used - 1
        end
        policies[#policies + 1] = string.format('"%s";q=%d;w=%d', policy.name, policy.quota, WINDOW)
        limits[#limits + 1] = string.format('"%s";r=%d;t=%d', policy.name, math.max(0, policy.quota - policy.used),
            policy.reset)
    end
    ngx.var.rate_limit_policy = table.concat(policies, ", ")
    ngx.var.rate_limit = table.concat(limits, ", ")
    if refused then
        ngx.var.rate_limit_retry_after = refused.reset
        return ngx.exit(429)
    end
end

return M
