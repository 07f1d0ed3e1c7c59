-- UN footnote placement (UN Editorial Manual): in English the footnote indicator follows
-- punctuation and touches the word before it. Moves a note that stands before a full stop,
-- comma, semicolon, colon or closing parenthesis to after it, and drops the space before a note.

local closing = { ["."] = true, [","] = true, [";"] = true, [":"] = true, [")"] = true }

local function move_notes(inlines)
  local out = pandoc.List()
  local i = 1
  while i <= #inlines do
    local item = inlines[i]
    if item.t == "Note" then
      if #out > 0 and out[#out].t == "Space" then out:remove(#out) end
      local following = inlines[i + 1]
      if following and following.t == "Str" and closing[following.text:sub(1, 1)] then
        local mark = following.text:sub(1, 1)
        out:insert(pandoc.Str(mark))
        out:insert(item)
        local rest = following.text:sub(2)
        if rest ~= "" then out:insert(pandoc.Str(rest)) end
        i = i + 2
      else
        out:insert(item)
        i = i + 1
      end
    else
      out:insert(item)
      i = i + 1
    end
  end
  return out
end

return { { Inlines = move_notes } }
