### 案例文件的诊断信息：消息、插入符下的标签，以及修改方法。
### id、字段名、RON 语法和 `反引号` 中的文字是代码，各语言都不翻译。

## Reading the file: it cannot be read, or it is not text.

# The message when a scenario file cannot be read; $reason is one of the check-unreadable-* below.
check-unreadable = 无法读取 { $file }：{ $reason }
# Under the caret of an unreadable file.
check-unreadable-label = 无法读取
# Why: the path is not a regular file; $kind is a check-file-kind-*.
check-unreadable-not-regular = 它是{ $kind }，不是普通文件
# Help for a path that is not a regular file.
check-unreadable-not-regular-help = 请给出 `.ron` 案例文件（或存放这类文件的文件夹）的路径
# Why: the file is larger than the limit ($size such as "64 MiB").
check-unreadable-too-large = 文件大于 { $size }
# Help for a file over the size limit.
check-unreadable-too-large-help = 案例是培训师编写的文本文件；确定是这个文件吗？
# Why: the system's own error text ("No such file or directory").
check-unreadable-io = { $error }
# Help for a file the system could not read.
check-unreadable-io-help = 请检查文件是否存在，以及你是否有权限读取它
# What a path is when it is not a regular file: a named pipe.
check-file-kind-fifo = 命名管道（FIFO）
# A device file.
check-file-kind-device = 设备文件
# A socket.
check-file-kind-socket = 套接字
# A folder.
check-file-kind-folder = 文件夹
# Anything else that is not a regular file.
check-file-kind-other = 特殊文件
# The file's bytes are not UTF-8 text; $byte is the offset of the first bad byte.
check-not-utf8 = { $file } 不是有效的 UTF-8 文本（字节偏移 { $byte }）
# Under the caret at the first bad byte.
check-not-utf8-label = 此处字节无效
# Help for a file that is not UTF-8.
check-not-utf8-help = 请在编辑器中将文件另存为 UTF-8 编码

## Parsing: fields, names and map keys. $outer is the struct or enum (`Stakeholder`) where the file names one.

# A field the struct does not have.
check-unknown-field = 未知字段 `{ $found }`
# A field the struct $outer does not have.
check-unknown-field-in = `{ $outer }` 中没有字段 `{ $found }`
# Under the unknown field.
check-unknown-field-label = 此处没有这个字段
# Help: the closest field, then every field ($fields: `id`, `name`, ...).
check-unknown-field-help-typo = 是不是想写 `{ $best }`？可用的字段有：{ $fields }
# Help: every field, when none is close.
check-unknown-field-help = 可用的字段有：{ $fields }
# A name (a role, a measure, ...) that is not one of the choices.
check-unknown-variant = 未知名称 `{ $found }`
# A name that is not one of the choices of $outer.
check-unknown-variant-in = `{ $outer }` 中没有名称 `{ $found }`
# Under the unknown name.
check-unknown-variant-label = 不是可选项之一
# Help: the closest name, then every choice.
check-unknown-variant-help-typo = 是不是想写 `{ $best }`？可选项有：{ $choices }
# Help: every choice, when none is close.
check-unknown-variant-help = 可选项有：{ $choices }
# A required field is not written.
check-missing-field = 缺少字段 `{ $field }`
# A required field of $outer is not written.
check-missing-field-in = `{ $outer }` 缺少字段 `{ $field }`
# Under the place the field is missing from.
check-missing-field-label = 此处必须有 `{ $field }`
# Help for a missing field.
check-missing-field-help = 添加 `{ $field }: ...,`（见 docs/scenario-format.md）
# A field written twice.
check-duplicate-field = 字段 `{ $field }` 出现了两次
# A field of $outer written twice.
check-duplicate-field-in = `{ $outer }` 中字段 `{ $field }` 出现了两次
# Under the second copy.
check-duplicate-field-label = 第二次出现
# Help for a field written twice.
check-duplicate-field-help = 只保留其中一个
# A map key written twice; $key is quoted ("price").
check-duplicate-key = 此映射中键 { $key } 出现了两次
# Under the end of the map.
check-duplicate-key-label = 包含该键的映射在此结束
# Help for a key written twice.
check-duplicate-key-help = 只保留其中一个：否则只有最后一个生效

## Parsing: a value of the wrong kind.

# A whole number was expected.
check-expected-integer = 此处应为整数
# Under the value.
check-expected-integer-label = 不是整数
# Help.
check-expected-integer-help = 写一个整数，如 `3`，不加引号，也不带小数点
# A number was expected.
check-expected-float = 此处应为数字
# Under the value.
check-expected-float-label = 不是数字
# Help.
check-expected-float-help = 写一个数字，如 `2.5`，不加引号
# Quoted text was expected.
check-expected-string = 此处应为双引号括起的文本
# Under the value.
check-expected-string-label = 不是带引号的文本
# Help.
check-expected-string-help = 用双引号括起来，如 "finance"
# `true` or `false` was expected.
check-expected-boolean = 此处应为 `true` 或 `false`
# Under the value.
check-expected-boolean-label = 不是 true 或 false
# Help.
check-expected-boolean-help = 写 `true` 或 `false`
# A list was expected.
check-expected-list = 此处应为列表
# Under the value.
check-expected-list-label = 不是列表
# Help.
check-expected-list-help = 用方括号写列表，如 `["a", "b"]`
# A map was expected.
check-expected-map = 此处应为映射
# Under the value.
check-expected-map-label = 不是映射
# Help.
check-expected-map-help = 用花括号写映射，如 `{"{"}"price": 5{"}"}`
# Fields in round brackets were expected.
check-expected-struct = 此处应为圆括号括起的一组字段
# Under the value.
check-expected-struct-label = 不是 `( ... )`
# Help.
check-expected-struct-help = 用圆括号写字段，如 `(id: "x", name: "X")`
# A value of another kind; $expected and $found are the parser's English words ("a boolean").
check-invalid-value = 值的类型不对：应为 { $expected }，实际为 { $found }
# Under a value of the wrong kind.
check-wrong-type-label = 值的类型不对
# Help: $expected in the parser's English words.
check-invalid-value-help = 此处请写 { $expected }
# A value of the wrong kind in the parser's own English sentence ($detail).
check-wrong-type-detail = 值的类型不对：{ $detail }
# Help.
check-wrong-type-detail-help = 这个字段接受什么值，见 docs/scenario-format.md

## Parsing: brackets, commas and quotes.

# A comma is missing.
check-expected-comma = 缺少逗号
# Under the place after it.
check-expected-comma-label = 此前缺少 `,`
# Help.
check-expected-comma-help = 字段之间、列表项之间要用逗号分隔
# The file ends inside a bracket.
check-eof = 文件提前结束
# Under the end.
check-eof-label = 意外结束
# Help.
check-eof-help = 可能缺少 `)`、`]` 或 `{"}"}`；请检查每个括号是否都已闭合
# A string has no closing quote.
check-unclosed-string = 字符串没有闭合
# Under the string's start.
check-unclosed-string-label = 字符串从这里开始
# Help.
check-unclosed-string-help = 补上结尾的 `"`
# Text after the scenario's closing bracket.
check-trailing = 案例结束后还有多余的文本
# Under the text.
check-trailing-label = 多余的文本
# Help.
check-trailing-help = 整个案例是一个 `( ... )`；请删除其后的内容，或检查括号
# A closing bracket was expected; $bracket is `]`, `}` or `)`.
check-expected-closing = 此处应为右括号 `{ $bracket }`
# Under the place.
check-expected-closing-label = 此处应为右括号或逗号
# Help.
check-expected-closing-help = 可能两项之间缺少逗号，或有括号没有闭合
# A map key without `:`.
check-expected-colon = 键后面应有 `:`
# Under the place.
check-expected-colon-label = 缺少 `:`
# Help.
check-expected-colon-help = 映射的条目写作 `"key": value`
# Any other syntax error, in the parser's own English words ($detail).
check-syntax-detail = RON 语法错误：{ $detail }
# Under the place.
check-syntax-detail-label = 此处
# Help.
check-syntax-detail-help = 检查此处附近的 RON 语法（括号、逗号、引号）

## The RON parser's own errors, worded as the parser words them in English ($quoted, $character and $digit as Rust writes them, with quotes).

# A field name or a name was expected.
check-ron-expected-identifier = 此处应为标识符（字段名或名称）
# `()` was expected.
check-ron-expected-unit = 此处应为 `()`
# `Some(..)` or `None` was expected.
check-ron-expected-option = 此处应为 `Some(...)` 或 `None`
# A `/*` comment with no `*/`.
check-ron-unclosed-comment = 块注释没有闭合（缺少 `*/`）
# An underscore in a decimal number.
check-ron-float-underscore = 小数中不能有下划线
# A number that starts with an underscore.
check-ron-leading-underscore = 数字不能以下划线开头
# A character that cannot stand here ($character: ',').
check-ron-unexpected-char = 此处不能出现字符 { $character }
# A letter or sign in a whole number ($digit: 'e', $base: 10).
check-ron-invalid-digit = 整数中有无效的字符 { $digit }（{ $base } 进制）
# A name that is not a valid identifier ($identifier quoted).
check-ron-invalid-identifier = 无效的标识符 { $identifier }
# A reserved word used as a name ($quoted: "x" quoted; $identifier: bare).
check-ron-raw-identifier = { $quoted } 不能直接用作标识符，请改用原始标识符 `r#{ $identifier }`
# A struct written with another name ($expected and $found as `Name`).
check-ron-struct-name = 此处应为结构 { $expected }，实际写的是 { $found }
# A tuple or list with the wrong number of elements; $expected in the parser's English words.
check-ron-length = 元素个数不对：应为 { $expected }，实际为 { $found } 个元素

## The kinds of things a scenario names, one ($kind) and several ($kinds), inside the messages below.

check-kind-concern = 关注点
check-kind-department = 部门
check-kind-stakeholder = 相关人员
check-kind-stage = 阶段
check-kind-vendor = 供应商
check-kind-fact = 信息
check-kind-question = 问题
check-kind-tactic = 策略
check-kinds-concern = 关注点
check-kinds-department = 部门
check-kinds-stakeholder = 相关人员
check-kinds-stage = 阶段
check-kinds-vendor = 供应商
check-kinds-fact = 信息
check-kinds-question = 问题
check-kinds-tactic = 策略

## Ids: empty, not one word, used twice, or naming nothing. $list is the file's list (`stakeholders`).

# An id that names nothing of its kind.
check-dangling-id = 没有 id 为 "{ $id }" 的{ $kind }
# Under the id.
check-dangling-id-label = 未知的{ $kind }
# Help: the closest existing id.
check-dangling-id-help-typo = 是不是想写 "{ $best }"？
# Help when the list is empty.
check-dangling-id-help-none = 请先把它添加到 `{ $list }` 中
# Help: add it, or use one of the ids there are ($known: "a", "b", ...).
check-dangling-id-help = 在 `{ $list }` 中添加 id 为 "{ $id }" 的{ $kind }，或改用以下之一：{ $known }
# The first ids of a long list ($ids), and how many more there are.
check-id-preview-more = { $ids } 等（另有 { $more } 个）
# Something has an empty id.
check-empty-id = 有一个{ $kind }的 id 为空
# Under an empty id.
check-empty-id-label = id 为空
# Help.
check-empty-id-help = 给它一个简短易读的 id，如 "finance_head"
# The scenario's own id is empty.
check-empty-scenario-id = 案例的 id 为空
# Help.
check-empty-scenario-id-help = 给它一个简短的 id，如 "keyboard"
# An id with a space or a sign in it.
check-bad-id = { $kind }的 id "{ $id }" 不是一个词
# The scenario's own id has a space or a sign in it.
check-bad-scenario-id = 案例的 id "{ $id }" 不是一个词
# Under the id.
check-bad-id-label = 不是一个词
# Help: $what is check-bad-id-space or the sign in backticks; $fixed the id with `_` for each.
check-bad-id-help = id 必须是由字母、数字、`_`、`-` 或 `.` 组成的一个词（学员要在命令中输入 id，如 `meet han_zong`）；它含有{ $what }：请在此处及所有用到它的地方改写为 "{ $fixed }"
# What is wrong in the id: a space.
check-bad-id-space = 空格
# Two things of a kind share an id.
check-duplicate-id = 两个{ $kinds }使用了同一个 id "{ $id }"
# Under the second.
check-duplicate-id-label = 此处重复使用
# Help.
check-duplicate-id-help = { $kinds }的 id 不能重复；请给其中一个改名

## Numbers out of range. $what names the number (check-what-*); $value, $lo and $hi are numbers.

# A number outside its range.
check-out-of-range = { $what }为 { $value }，超出了 { $lo } 到 { $hi } 的范围
# Under the number.
check-out-of-range-label = 超出范围
# Help.
check-out-of-range-help = 请使用 { $lo } 到 { $hi } 之间的值
# A concern's weight.
check-what-weight = 关注点权重
# The low end of a concern's weight range.
check-what-weight-low = 权重范围的下限
# The high end of a concern's weight range.
check-what-weight-high = 权重范围的上限
# `Relationship("person", n)` in a precondition.
check-what-relationship-threshold = 关系阈值
# `Relationship(who, n)` in an effect.
check-what-relationship-change = 关系变化
# `Score("concern", n)` in an effect.
check-what-score-change = 评分变化
# `Price(n)` in an effect.
check-what-price-change = 价格变化百分比
# `pace.hours_per_day`.
check-what-hours-per-day = 每天的小时数
# `pace.question_hours`.
check-what-question-hours = 每个问题的小时数
# `pace.stage_missed`.
check-what-stage-missed = 错过阶段时的关系变化
# `pace.before_stage_rapport`.
check-what-before-stage-rapport = 此人的阶段开始前会见所得的融洽度
# `decision.consensus`.
check-what-consensus = 共识比例
# `decision.relationship_weight`.
check-what-relationship-weight = 关系权重
# `decision.stance_margin`.
check-what-stance-margin = 立场间距
# `Price(n)` as a concern's measure.
check-what-price-sensitivity = 价格敏感度
# `Agreement(n)` as a concern's measure.
check-what-agreement-exponent = 共识度指数
# A step of the five steps (`teaches`, `SkipStep`).
check-what-step = 五步中的步骤序号
# A share in an expectation's bound.
check-what-share = 比例
# A score in an expectation's bound.
check-what-score = 得分
# A person's `influence`.
check-what-influence = 影响力
# A person's `disposition`.
check-what-disposition = 初始关系
# A person's relationship with a rival (`rivals`).
check-what-relationship = 关系值
# The strength of an influence edge.
check-what-influence-strength = 影响强度
# A tactic's `odds`.
check-what-odds-of-success = 成功概率
# A tactic's `compliance_risk`.
check-what-compliance-risk = 合规风险
# A competitor move's `odds`.
check-what-odds = 成功概率
# What a rival gains each day with a person it `courts`.
check-what-courting = 每天的关系变化
# A vendor's score on a concern.
check-what-vendor-score = 评分
# A weight range `(lo, hi)` with lo above hi.
check-bad-range = 范围 ({ $lo }, { $hi }) 的上下限写反了
# Under the range.
check-bad-range-label = 下限高于上限
# Help: the range the right way round.
check-bad-range-help = 改写为 ({ $hi }, { $lo })
# Every part of `scoring` is 0.
check-zero-scoring = 得分的每一部分都是 0 分，每局都只能得 0 分（满分 0 分）
# Under `scoring`.
check-zero-scoring-label = 无分可得
# Help.
check-zero-scoring-help = 给各部分设置分值，如 `outcome: 40`，或删除 `scoring` 以使用默认值

## Effects and measures.

# `Score(..)` on a concern computed from prices.
check-computed-concern-effect = 关注点 "{ $concern }" 由价格计算得出，不能直接修改其评分
# Under the effect.
check-computed-concern-effect-label = 计算得出的关注点
# Help.
check-computed-concern-effect-help = 请改用 `Price(-5.0)` 调整价格
# `Budget(x)` with x not a sum of money.
check-budget-change = 预算变化 { $amount } 不是有效的金额
# Under the amount.
check-budget-change-label = 金额无效
# Help.
check-budget-change-help = 写出买方预算增加的金额，如 `Budget(50000.0)`
# `Budget(..)` effect with no budget concern.
check-no-budget-concern = 没有以 `Budget(..)` 衡量的关注点，提高预算不会有任何作用
# Under the effect.
check-no-budget-concern-label = 没有预算关注点
# Help.
check-no-budget-concern-help = 添加一个 `measure: Budget(limit)` 的关注点
# `Budget(limit)` as a measure with limit not above 0.
check-budget-limit = 预算上限必须大于 0，而不是 { $limit }
# Under the limit.
check-budget-limit-label = 不是有效的预算
# Help.
check-budget-limit-help = 写出买方的预算，如 `Budget(50000.0)`
# The file has no `concerns`.
check-no-concerns-listed = 案例没有列出任何关注点
# Under `concerns`.
check-no-concerns-listed-label = 没有关注点
# Help.
check-no-concerns-listed-help = 添加人们在意的方面，如 (id: "price", name: "Price", measure: Price(4.0))

## The calendar: stages, the start and the decision, stage gates.

# More than 64 stages.
check-too-many-stages = 共有 { $count } 个阶段；最多支持 64 个
# Under `stages`.
check-too-many-stages-label = 太多
# Help.
check-too-many-stages-help = 请合并阶段：一个采购流程通常只有几个阶段
# Every stage is a follow-up.
check-no-deal-stage = 所有阶段都是后续阶段；项目本身至少需要一个阶段
# Under `stages`.
check-no-deal-stage-label = 只有后续阶段
# Help.
check-no-deal-stage-help = 添加一个在决策之前开始的阶段
# The file has no `stages`.
check-no-stages = 案例没有采购阶段
# Under an empty list of stages (`stages`, `Stages([])`).
check-no-stages-label = 没有阶段
# Help.
check-no-stages-help = 至少添加一个阶段，如 (id: "evaluation", name: "Evaluation", day: 0)
# A stage that does not start after the one before it.
check-stage-order = 阶段 "{ $stage }" 在第 { $day } 天开始，没有晚于前一个阶段（第 { $prev } 天）
# Under the day.
check-stage-order-label = 顺序不对
# Help.
check-stage-order-help = 请按日程顺序列出阶段；让 "{ $stage }" 在第 { $prev } 天之后开始
# A follow-up stage that starts before the decision.
check-follow-up-before-decision = 后续阶段 "{ $stage }" 在第 { $day } 天开始，早于决策（第 { $decision } 天）
# Under the day.
check-follow-up-before-decision-label = 早于决策
# Help.
check-follow-up-before-decision-help = 后续阶段应在 `decision.day` 当天或之后开始
# A deal stage listed after a follow-up stage.
check-stage-after-follow-up = 阶段 "{ $stage }" 排在了后续阶段之后
# Under the stage.
check-stage-after-follow-up-label = 在后续阶段之后
# Help.
check-stage-after-follow-up-help = 把后续阶段（决策之后的阶段）列在最后
# A deal stage that starts on or after the decision.
check-stage-after-decision = 阶段 "{ $stage }" 在第 { $day } 天开始，但决策在第 { $decision } 天
# Under the day.
check-stage-after-decision-label = 晚于决策
# Help.
check-stage-after-decision-help = 每个阶段都必须在 `decision.day` 之前开始，否则要标为 `follow_up: true`
# The first stage starts after the deal does.
check-calendar-gap = 项目在第 { $start } 天开始，但第一个阶段到第 { $first } 天才开始
# Under the first stage's day.
check-calendar-gap-label = 开始得太晚
# Help.
check-calendar-gap-help = 让第一个阶段在项目开始当天开始，使每一天都属于某个阶段
# The decision is not after the start.
check-no-time = 决策（第 { $decision } 天）没有晚于开始（第 { $start } 天）
# Under `decision.day`.
check-no-time-label = 没有可玩的时间
# Help.
check-no-time-help = 把 `decision.day` 设在 `start.day` 之后
# A gate stage nobody is tied to.
check-gate-without-people = 阶段 "{ $stage }" 是关卡，但没有任何相关人员与它关联
# Under `gate`.
check-gate-without-people-label = 无人把关
# Help.
check-gate-without-people-help = 把 "{ $stage }" 添加到决定这道关卡的相关人员的 `stages` 中
# A follow-up stage marked as a gate.
check-gate-after-decision = 后续阶段在决策之后，不能作为投标的关卡
# Under something that comes after the decision (a gate, a competitor move).
check-too-late-label = 太晚了
# Help.
check-gate-after-decision-help = 把关卡设在决策之前的阶段上

## Vendors.

# No vendor is the trainee's company.
check-no-seller = 没有供应商标记为 `us: true`
# Under `vendors`.
check-no-seller-label = 学员代表哪一方？
# Help.
check-no-seller-help = 用 `us: true` 标记学员的公司
# Two vendors are the trainee's company.
check-two-sellers = 不止一个供应商标记为 `us: true`
# Under the second `us`.
check-two-sellers-label = 第二个卖方
# Help.
check-two-sellers-help = 只有学员的公司才是 `us: true`
# Only one vendor.
check-no-rival = 项目中没有竞争对手
# Under `vendors`.
check-no-rival-label = 没有竞争
# Help.
check-no-rival-help = 添加一个竞争对手或维持现状的供应商，让买方有所选择
# A vendor's `price` not above 0.
check-vendor-price = 价格 { $price } 必须大于 0
# Under a price that is not one.
check-bad-price-label = 价格无效
# Help.
check-vendor-price-help = 写出方案的价格，如 `price: 100000.0`
# The trainee's floor price outside 0 to the price.
check-floor = 底价 { $floor } 必须在 0 和价格 { $price } 之间
# A rival's floor price outside 0 to the price.
check-rival-floor = 竞争对手的底价 { $floor } 必须在 0 和价格 { $price } 之间
# Under `floor`.
check-floor-label = 底价无效
# Help for the trainee's floor.
check-floor-help = 把 `floor` 设为你可以接受的最低售价
# Help for a rival's floor.
check-rival-floor-help = 把 `floor` 设为这个竞争对手跟随你降价时的最低价，或删除它
# `courts` on the trainee's company.
check-courts-by-us = 学员的公司不会自动拉拢相关人员
# Under something that names the trainee's own company.
check-that-is-us-label = 这是我方
# Help.
check-courts-by-us-help = 把 `courts` 移到竞争对手上；学员要靠会见来拉近关系
# A vendor's score on a concern computed from prices.
check-computed-concern-score = 关注点 "{ $concern }" 由价格计算得出；这个评分会被忽略
# Under the score.
check-computed-concern-score-label = 被忽略
# Help.
check-computed-concern-score-help = 请删除它；改为调整 `price`
# A vendor with no score on a rated concern.
check-missing-score = 供应商 "{ $vendor }" 没有关注点 "{ $concern }" 的评分；按 5 分计算
# Under `scores`.
check-missing-score-label = 缺少评分
# Help.
check-missing-score-help = 添加 "{ $concern }": 5.0（0 = 最差，10 = 最好）

## People.

# A voter with no concerns.
check-no-concerns = "{ $person }" 有投票权，却没有任何关注点，方案无法打动此人
# Under `concerns`.
check-no-concerns-label = 没有关注点
# Help.
check-no-concerns-help = 至少给此人一个带权重的关注点
# `rivals` names the trainee's company.
check-rival-is-us = `rivals` 中列出了学员自己的公司
# Help.
check-rival-is-us-help = 与学员公司的关系请在 `disposition` 中设置
# A person introduced only by themself.
check-self-introduction = "{ $person }" 只能由自己引荐
# Under the rule.
check-self-introduction-label = 循环引荐
# Help.
check-self-introduction-help = 指定另一个能引荐此人的人
# `Stages([])` in `access`.
check-no-access-stages = `Stages([])` 没有列出任何阶段，因此永远无法会见此人
# Help.
check-no-access-stages-help = 列出可以会见此人的阶段
# A person who influences themself.
check-self-influence = "{ $person }" 影响了自己
# Under the key.
check-self-influence-label = 自己
# Help.
check-self-influence-help = 影响关系只能指向其他人
# A person receiving influence above 1 in total ($total like 1.20).
check-influence-over-one = "{ $person }" 受到的影响合计为 { $total }；将按比例缩减到 1
# Under the person.
check-influence-over-one-label = 受到的影响过多
# Help.
check-influence-over-one-help = 指向同一个人的影响强度合计不要超过 1
# Nobody votes with influence.
check-no-voters = 没有人能左右决策（每位相关人员都没有投票权或影响力为 0）
# Under `stakeholders`.
check-no-voters-label = 没有决策群体
# Help.
check-no-voters-help = 给部门中的人员设置大于 0 的影响力
# No voter is a decision maker.
check-no-decision-maker = 没有任何有投票权的相关人员担任 DecisionMaker（决策者）角色
# Under `stakeholders`.
check-no-decision-maker-label = 谁来签字？
# Help.
check-no-decision-maker-help = 给拍板的人（经济决策者）加上 `roles: [DecisionMaker]`
# A department nobody works in.
check-empty-department = 部门 "{ $department }" 中没有任何人
# Under the department's id.
check-empty-department-label = 空部门
# Help.
check-empty-department-help = 给它安排一位相关人员，或删除它

## Facts and questions.

# A person answering one question with two facts.
check-two-answers = "{ $person }" 已经用另一条信息回答了 "{ $question }"；两条信息会同时揭示
# Under the second source.
check-two-answers-label = 第二个回答
# A fact revealing a concern the person does not have.
check-concern-not-held = 信息 "{ $fact }" 揭示 "{ $person }" 在意 "{ $concern }"，但 "{ $person }" 没有这个关注点
# Under the reveal.
check-concern-not-held-label = 不是此人的关注点
# Help.
check-concern-not-held-help = 把 "{ $concern }" 添加到 "{ $person }" 的关注点中
# A question no fact answers.
check-unused-question = 没有人回答问题 "{ $question }"
# Under the question's id.
check-unused-question-label = 无人回答
# Help.
check-unused-question-help = 在某条信息的来源中添加 `Ask("person", "{ $question }")`，或删除这个问题

## Tactics and competitor moves.

# A risky tactic with no `if_caught`.
check-risk-without-consequence = 策略 "{ $tactic }" 可能被发现，但 `if_caught` 为空，被发现时什么也不会发生
# Under `compliance_risk`.
check-risk-without-consequence-label = 没有后果
# Help.
check-risk-without-consequence-help = 添加 `if_caught: [Disqualify]` 或关系损失
# A tactic with both `repeatable` and `retry`.
check-retry-and-repeatable = 策略 "{ $tactic }" 已经是 `repeatable`，`retry` 不起作用
# Under `retry`.
check-retry-and-repeatable-label = 多余
# Help.
check-retry-and-repeatable-help = 只保留一个：`repeatable`（随时可再用）或 `retry`（失败后可重试）
# A tactic that does nothing.
check-no-effect = 策略 "{ $tactic }" 既不改变任何东西，也不揭示任何信息
# Under `effects`.
check-no-effect-label = 没有效果
# Help.
check-no-effect-help = 给它设置效果，或让它成为某条信息的来源
# A competitor move by the trainee's company.
check-move-by-us = 竞争对手行动的发起方是学员自己的公司
# Help.
check-move-by-us-help = 请指定一个竞争对手；学员自己的行动应写成策略
# A competitor move on or after the decision.
check-move-after-decision = 这个第 { $day } 天的行动在决策（第 { $decision } 天）当天或之后，永远不会发生
# Help.
check-move-after-decision-help = 把它移到 `decision.day` 之前
# `Budget(..)` in a competitor move.
check-budget-by-rival = 竞争对手不能替学员提高买方的预算
# Under the effect.
check-budget-by-rival-label = 这不是竞争对手能做的
# Help.
check-budget-by-rival-help = 把 `Budget(..)` 移到学员的某个策略中

## Variations.

# A variation with nothing in `pick_one`.
check-no-alternatives = 变体 "{ $variation }" 没有任何备选项
# Under `pick_one`.
check-no-alternatives-label = 无可选择
# Help.
check-no-alternatives-help = 至少添加两个备选项
# A variation whose alternatives all weigh 0.
check-zero-weights = "{ $variation }" 的所有备选项权重都为 0
# Under `pick_one`.
check-zero-weights-label = 永远不会被选中
# Help.
check-zero-weights-help = 至少给一个备选项设置大于 0 的权重
# A patched price that is not above 0.
check-patch-price = 价格 { $price } 必须是大于 0 的数
# Help.
check-patch-price-help = 写出方案的价格，如 `Price("us", 95000.0)`
# A patched price of the trainee's below its floor.
check-price-below-floor = 价格 { $price } 低于 "{ $vendor }" 的底价 { $floor }：学员会亏本销售
# Under the price.
check-price-below-floor-label = 低于底价
# Help.
check-price-below-floor-help = 使用不低于 { $floor } 的价格，或降低 `floor`

## Expectations and the steps taught.

# An action both required and avoided.
check-require-avoided = 机器人被同时要求采取和避免这个行动
# Under the action.
check-require-avoided-label = 既要求又避免
# Help.
check-require-avoided-help = 从 `avoid` 或 `require` 中删除它
# A step listed twice in `teaches`.
check-duplicate-step = 第 { $step } 步列出了两次
# Under the second.
check-duplicate-step-label = 重复列出
# Help.
check-duplicate-step-help = 每一步只列一次

## Spoken lines (`says`).

# A fact with words that no person tells.
check-says-nobody-fact = 信息 "{ $fact }" 有台词，但没有人会说出它：它没有 `Meeting` 或 `Ask` 来源
# Under `says`.
check-says-nobody-label = 无人说出
# Help.
check-says-nobody-fact-help = 添加 `Meeting("person")` 或 `Ask("person", "question")` 来源，或删除 `says`
# A tactic with words aimed at `Everyone`.
check-says-nobody-everyone = 策略 "{ $tactic }" 有台词，但没有某一个人来说：它的目标是 `Everyone`
# A tactic with words and no target.
check-says-nobody-no-target = 策略 "{ $tactic }" 有台词，但没有某一个人来说：它没有设置目标
# Help.
check-says-nobody-tactic-help = 给它设置 `target: Person("id")` 或 `Department("id")`，或删除 `says`
# Words that are only spaces.
check-says-blank = 这段台词只有空格
# Under the words.
check-says-blank-label = 空白
# Help.
check-says-blank-help = 写出此人要说的话，或删除这个字段

## Whether the deal can be played: people nobody can meet, facts nobody can find, tactics nobody can use.

# Under a person who matters (votes, has a role or influence) and cannot be met.
check-unreachable-stakeholder-label = 没有途径接触此人
# Under another person who cannot be met.
check-unreachable-stakeholder-minor-label = 无法接触
# A hidden person no reachable fact reveals.
check-unreachable-hidden = 相关人员 "{ $person }" 是隐藏的，且没有能获得的信息揭示此人
# Help.
check-unreachable-hidden-help = 在学员能找到的某条信息的 `reveals` 中添加 `Person("{ $person }")`
# A person whose introducer cannot be met.
check-unreachable-introduction = 相关人员 "{ $person }" 永远无法会见："{ $by }" 的引荐永远不会发生，因为 "{ $by }" 也无法会见
# A person met only after a fact nobody can find.
check-unreachable-after-fact = 相关人员 "{ $person }" 永远无法会见：信息 "{ $fact }" 永远找不到
# Help for the two above.
check-unreachable-rule-help = 让引荐人或该信息可以获得，或删除这条规则
# A person who cannot be met, for no single rule.
check-unreachable-never = 相关人员 "{ $person }" 永远无法会见
# Help.
check-unreachable-never-help = 检查 `access` 中的规则
# A fact with no source at all.
check-unsourced-fact = 没有任何来源能揭示信息 "{ $fact }"
# Help.
check-unsourced-fact-help = 添加来源：`Meeting("person")`、`Ask("person", "question")` 或 `Tactic("tactic")`，或将它列入 `start.known_facts`
# A fact whose every source is out of reach.
check-unrevealed-fact = 信息 "{ $fact }" 永远无法揭示：它的所有来源都无法达到
# Help.
check-unrevealed-fact-help = 让它的某个来源可以达到（一个能会见的人，或一个能使用的策略）
# Under the fact's id.
check-unrevealed-fact-label = 永远无法揭示
# A tactic nobody can use; $why is one of check-impossible-tactic-* below.
check-impossible-tactic = 策略 "{ $tactic }" 永远无法使用：{ $why }
# Under the reason.
check-impossible-tactic-label = 永远无法使用
# Help.
check-impossible-tactic-help = 放宽前提条件，或让它所需的条件可以达到
# Why: it takes longer than the deal.
check-impossible-tactic-days = 它需要 { $takes } 天，但项目只持续 { $days } 天
# Why: it costs more than the budget.
check-impossible-tactic-budget = 它的花费为 { $cost }，但预算只有 { $budget }
# Why: odds 0.
check-impossible-tactic-odds = 它的成功概率为 0
# Why: `Stage`, `Before` and `From` leave no stage.
check-impossible-tactic-stages = 它的阶段条件相互矛盾
# Why: one precondition (under the caret).
check-impossible-tactic-precondition = 这个前提条件永远无法满足
# Why: the preconditions together.
check-impossible-tactic-preconditions = 它的前提条件永远无法满足

## How to fix each kind of problem, in one line (`Code::fix`; the table of codes in
## docs/scenario-format.md is the English).

check-fix-unreadable = 给出可读的 `.ron` 文件（或存放这类文件的文件夹）的路径。
check-fix-not-utf8 = 在编辑器中将文件另存为 UTF-8 文本。
check-fix-syntax = 检查所示位置附近的括号、逗号和引号。
check-fix-unknown-field = 改正字段的拼写；消息中列出了此处允许的字段。
check-fix-unknown-variant = 使用消息中列出的名称之一（角色、衡量方式等）。
check-fix-missing-field = 添加消息中指出的必填字段。
check-fix-duplicate-field = 同一字段的两份只保留一份。
check-fix-duplicate-key = 映射中同一个键的两个条目只保留一个。
check-fix-wrong-type = 按字段的要求写值（数字、文本、列表等）。
check-fix-empty-id = 给它一个简短易读的 id，如 `"finance_head"`。
check-fix-bad-id = id 写成一个词，只用字母、数字、`_`、`-` 或 `.`。
check-fix-duplicate-id = 给共用同一个 id 的两者之一改名。
check-fix-dangling-id = 使用已有的 id（帮助中给出最接近的），或添加它所指的对象。
check-fix-out-of-range = 使用消息给出的范围内的值。
check-fix-bad-range = 权重范围先写下限：`(2, 6)`。
check-fix-zero-scoring = 给得分的各部分设置分值，或删除 `scoring` 以使用默认值。
check-fix-empty-list = 在列表中至少添加一项。
check-fix-stage-order = 按日程顺序列出阶段，每个阶段都在前一个之后开始。
check-fix-follow-up-before-decision = 后续阶段应在 `decision.day` 当天或之后开始。
check-fix-stage-after-follow-up = 把后续阶段列在最后。
check-fix-stage-after-decision = 让阶段在 `decision.day` 之前开始，或标为 `follow_up`。
check-fix-too-many-stages = 合并阶段：最多支持 64 个。
check-fix-no-deal-stage = 添加一个在决策之前开始的阶段。
check-fix-calendar-gap = 让第一个阶段在 `start.day` 开始。
check-fix-no-time = 把 `decision.day` 设在 `start.day` 之后。
check-fix-no-seller = 用 `us: true` 标记学员的公司。
check-fix-two-sellers = 只给学员的公司标记 `us: true`。
check-fix-no-rival = 添加一个竞争对手或维持现状的供应商。
check-fix-courts-by-us = 把 `courts` 移到竞争对手上。
check-fix-computed-concern = 对计算得出的关注点，调整价格而不是评分。
check-fix-missing-score = 给供应商的每个评分型关注点打分。
check-fix-no-concerns = 给有投票权的人至少一个带权重的关注点。
check-fix-rival-is-us = 与学员公司的关系在 `disposition` 中设置。
check-fix-self-introduction = 指定另一个能引荐此人的人。
check-fix-self-influence = 影响关系只能指向其他人。
check-fix-influence-over-one = 指向同一个人的影响合计不要超过 1。
check-fix-two-answers = 每个人对每个问题只给一条信息。
check-fix-concern-not-held = 给此人添加该关注点，或改为揭示此人已有的关注点。
check-fix-unused-question = 给某条信息添加 `Ask("person", "question")` 来源，或删除该问题。
check-fix-risk-without-consequence = 添加 `if_caught` 效果，或把 `compliance_risk` 设为 0。
check-fix-retry-and-repeatable = `repeatable` 和 `retry` 只保留一个。
check-fix-no-effect = 给策略设置效果，或让它成为某条信息的来源。
check-fix-no-budget-concern = 添加 `measure: Budget(limit)` 的关注点，或删除该效果。
check-fix-move-by-us = 指定一个竞争对手；学员自己的行动是策略。
check-fix-move-after-decision = 把竞争对手的行动移到 `decision.day` 之前。
check-fix-budget-by-rival = 把 `Budget(..)` 移到学员的某个策略中。
check-fix-zero-weights = 至少给一个备选项设置大于 0 的权重。
check-fix-no-voters = 给某个有投票权的人设置大于 0 的影响力。
check-fix-no-decision-maker = 给签字的人加上 `roles: [DecisionMaker]`。
check-fix-require-avoided = 从 `avoid` 或 `require` 中删除该行动。
check-fix-duplicate-step = 每一步只列一次。
check-fix-gate-without-people = 把关卡阶段加到把关人员的 `stages` 中。
check-fix-gate-after-decision = 把关卡设在决策之前的阶段上。
check-fix-empty-department = 给部门安排一位相关人员，或删除它。
check-fix-unreachable-stakeholder = 让此人的 `access` 规则可以满足，或用某条信息揭示此人。
check-fix-unrevealed-fact = 给这条信息一个学员能达到的来源。
check-fix-impossible-tactic = 放宽前提条件，或让它所需的条件可以达到。
check-fix-says-nobody = 给台词安排一个说话的人，或删除 `says`。
check-fix-says-blank = 写出此人要说的话，或删除该字段。

## 学员看到的文字。
check-no-glyph = 游戏自带的字体无法显示 `{ $field }` 中的 `{ $characters }`
check-no-glyph-label = 在没有相应系统字体的电脑上会显示为空方框
check-hidden-character = `{ $field }` 含有一个会改变文字显示方式的不可见字符（`{ $character }`）
check-hidden-character-label = 此处有不可见字符
check-look-alike-id = id `{ $id }` 混入了看起来像拉丁字母但并不是的字符（`{ $characters }`）
check-look-alike-twin = id `{ $id }` 含有看起来像拉丁字母但并不是的字符（`{ $characters }`），看起来与 `{ $alike }` 一样
check-look-alike-id-label = 形似字母
check-fix-no-glyph = 请使用游戏字体能显示的文字，或请学员安装相应字体。
check-fix-confusable-text = 请用普通字符重新输入：不要不可见字符，每个 id 只用一种文字。
## 时间。
check-free-repeatable = `{ $tactic }` 可以反复使用而日历不前进
check-free-repeatable-label = 可重复，且不花时间
check-free-repeatable-help = 给它设置 `days: 1`（或更多），或者取消 `repeatable`。
check-fix-free-repeatable = 可重复的策略至少要花一天（`days: 1`），或者取消 `repeatable`。
check-unexplained-gate = 阶段 `{ $stage }` 会淘汰在此阶段没有跟相关人员打过交道的投标，但学员能读到的任何地方都没有说明
check-unexplained-gate-label = 决定成败的规则，却无处说明
check-unexplained-gate-help = 在该阶段的 `about` 里写明（游戏会在日程上显示），例如“行政部收集报价并确定入围供应商。”
check-fix-unexplained-gate = 在关卡阶段的 `about` 里写明它决定什么，让学员能读到这条规则。

## 字符串表（案例旁边的翻译）。
check-strings-unreadable = 无法读取字符串表 { $file }：{ $why }
check-strings-csv = 字符串表不是 CSV：{ $why }
check-strings-csv-label = 此处
check-strings-header = 第一行必须是 `id,source,translation,status,hash`，而不是 `{ $got }`
check-strings-header-label = 表头
check-strings-cells = 这一行有 { $cells } 个单元格，不是 5 个（id、source、translation、status、hash）
check-strings-cells-label = 这一行
check-strings-status = 状态是 `{ $status }`；应留空，或填 `stale` 表示译文尚待修改
check-strings-status-label = 状态
check-strings-unknown-id = 案例中没有文字 `{ $id }`（制表后已改名或删除）；这一行不会使用
check-strings-unknown-id-label = 未知 id
check-strings-duplicate-id = `{ $id }` 出现了两次；以第一行为准
check-strings-duplicate-id-label = 重复
check-strings-stale = `{ $id }` 的原文在翻译之后改过（或这一行被标为 stale）：游戏改为显示原文
check-strings-stale-label = 过期译文
check-fix-strings-table = 请导出一张新表（`key-account strings export`），再把各行复制进去。
check-fix-stale-translation = 请重新翻译这一行，清除 `stale`，再运行 `key-account strings import`。
check-fix-unknown-text-id = 请导出一张新表（`key-account strings export`）：其余译文都会保留。

## 可选的会见条件，以及需要信任的信息来源。
check-no-any-of = `AnyOf` 里没有列出任何会见条件
check-no-any-of-label = 空的
check-no-any-of-help = 请列出其中任意一条满足即可会见此人的条件，例如 `AnyOf([Introduction("son"), AfterFact("plan")])`，或者删除它。
check-what-trust = 需要信任的信息来源所要求的关系值
check-trusted-tactic = `Trusted` 只用于某人告诉你的信息（`Meeting` 或 `Ask`），不能用于策略
check-trusted-twice = 一个 `Trusted` 来源套在另一个 `Trusted` 里
check-trusted-tactic-label = 此处
check-trusted-tactic-help = 请写成 `Trusted(30, Ask("人物", "问题"))` 或 `Trusted(30, Meeting("人物"))`。

## RON 报错位置离原因较远的两种笔误。
check-unescaped-quote = 这个双引号让文字提前结束了
check-unescaped-quote-label = 文字在这里结束
check-unescaped-quote-help = 文字中的双引号要写成 `\"`；或者改用中文引号（“ ” 或 「 」）。
check-effect-relationship-form = 关系效果要用 `Person(..)`、`Department(..)` 或 `Everyone` 指明改变谁的关系
check-effect-relationship-form-label = 这里要写 `Person("...")`
check-effect-relationship-form-help = 在 `effects` 中要写 `Relationship(Person("fang"), 20)`；`Relationship("fang", 20)` 是 `requires` 里关系条件的写法。
