### 游戏和命令行共用的词语。

lang-name = 简体中文

days = { $days } 天

## 采购角色（权力地图上的角色标记）。
role-decision-maker = 决策者
role-technical-buyer = 技术把关者
role-user-buyer = 使用者
role-approver = 审批者
role-coach = 内线
role-gatekeeper = 守门人
role-influencer = 影响者
role-economic-buyer = 经济决策者

## 立场，单独使用和在句中使用。
stance-supporter = 支持者
stance-neutral = 中立者
stance-opponent = 反对者
stance-phrase-supporter = 支持者
stance-phrase-neutral = 中立者
stance-phrase-opponent = 反对者

## 得分的各部分：结果、五步、职业道德。
part-outcome = 结果
part-purchasing-process = 1. 采购流程
part-organization = 2. 组织结构
part-stances = 3. 职能与立场
part-information = 4. 主动获取信息
part-key-players = 5. 关键人物
part-ethics = 职业道德

## 名字之间的小词。
stance-unknown = 未知
someone = 某人
quoted = “{ $text }”
or-separator = 或
and-separator = 、
list-separator = 、

## xAPI 动词（LRS 中与英文并列显示）。
xapi-attempted = 开始了
xapi-interacted = 操作了
xapi-completed = 完成了
xapi-passed = 通过了
xapi-failed = 未通过

## 学员报告（report）：文本和 HTML。
report-title = Key Account：学员报告
report-counts = { $records } 条记录，跳过 { $skipped } 条
report-skipped = 跳过 { $file }：{ $why }
report-scenario = 案例
report-trainee-scenario = 学员 / 案例
report-language = 语言
report-runs = 局数
report-won = 赢单率
report-score = 得分
report-average-score = 平均得分
report-steps-heading = 大客户销售五步，掌握得最差的排在前面（所得分数占比）：
report-steps-chart = 大客户销售五步，掌握得最差的排在前面
report-wins-chart = 各案例赢单率
report-by-scenario = 按案例
report-by-trainee = 按学员
report-by-language = 按语言
